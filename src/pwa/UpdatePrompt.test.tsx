import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from './UpdatePrompt';
import { dismissUpdate, offerUpdate } from './updateState';

const labels = {
  message: 'A new version is ready.',
  reloadLabel: 'Reload',
  dismissLabel: 'Not now',
};

afterEach(() => {
  cleanup();
  dismissUpdate();
});

describe('UpdatePrompt', () => {
  it('shows nothing but an empty live region while no update waits', () => {
    render(<UpdatePrompt {...labels} />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers the waiting version and applies it on Reload', () => {
    const apply = vi.fn(() => Promise.resolve());
    render(<UpdatePrompt {...labels} />);
    act(() => offerUpdate({ apply }));
    expect(screen.getByRole('status').textContent).toContain('A new version is ready.');
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('goes away on dismiss without applying the update', () => {
    const apply = vi.fn(() => Promise.resolve());
    render(<UpdatePrompt {...labels} />);
    act(() => offerUpdate({ apply }));
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('button')).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });
});
