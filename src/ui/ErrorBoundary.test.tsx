import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('The timeline fell over');
  return <p>Timeline</p>;
}

function renderGuarded() {
  return render(
    <>
      <ErrorBoundary message="This part stopped working." reloadLabel="Reload this view">
        <Fragile />
      </ErrorBoundary>
      <p>The rest of the page</p>
    </>,
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  broken = true;
});

describe('ErrorBoundary', () => {
  it('contains a crash: says so, names the error, and leaves the rest of the page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderGuarded();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This part stopped working.');
    expect(alert.textContent).toContain('The timeline fell over');
    expect(screen.getByText('The rest of the page')).toBeTruthy();
  });

  it('draws the part again when the reader asks', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderGuarded();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Reload this view' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Timeline')).toBeTruthy();
  });
});
