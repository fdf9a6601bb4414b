import { Component, type ErrorInfo, type ReactNode } from 'react';
import './errorBoundary.css';

export interface ErrorBoundaryProps {
  /** Shown above the Reload button, in the reader's language. */
  message: string;
  reloadLabel: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  attempt: number;
}

/** Keeps a crash in one part of the page (map, timeline, panel) from blanking the others. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<ErrorBoundaryState> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('A part of the atlas crashed and was contained:', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="part-error" role="alert">
          <p>{this.props.message}</p>
          <p className="note">{this.state.error.message}</p>
          <button
            type="button"
            onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}
          >
            {this.props.reloadLabel}
          </button>
        </div>
      );
    }
    return (
      <div key={this.state.attempt} className="part-boundary">
        {this.props.children}
      </div>
    );
  }
}
