import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ViewBoundaryProps {
  /** Shown above the Reload button, in the reader's language. */
  message: string;
  reloadLabel: string;
  children: ReactNode;
}

interface ViewBoundaryState {
  error: Error | null;
  attempt: number;
}

/** Keeps a crash in one view (map, timeline, panel) from blanking the others. */
export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<ViewBoundaryState> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('A view crashed and was contained:', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="view-error" role="alert">
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
      <div key={this.state.attempt} className="view-boundary">
        {this.props.children}
      </div>
    );
  }
}
