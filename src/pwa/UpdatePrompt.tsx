import { useSyncExternalStore } from 'react';
import { dismissUpdate, getPendingUpdate, subscribeToUpdates } from './updateState';
import './updatePrompt.css';

export interface UpdatePromptProps {
  /** Says that a new version of the atlas is ready, in the reader's language. */
  message: string;
  /** The button that reloads the page into the new version. */
  reloadLabel: string;
  /** The button that keeps the current version for now. */
  dismissLabel: string;
}

/**
 * Offers a reload when a new version of the atlas has been installed in the background. Renders an
 * empty live region until then, so screen readers announce the offer when it appears.
 */
export function UpdatePrompt({ message, reloadLabel, dismissLabel }: UpdatePromptProps) {
  const update = useSyncExternalStore(subscribeToUpdates, getPendingUpdate, getPendingUpdate);
  return (
    <div className="update-prompt-region" role="status">
      {update && (
        <div className="update-prompt">
          <p>{message}</p>
          <div className="update-prompt-actions">
            <button type="button" onClick={() => void update.apply()}>
              {reloadLabel}
            </button>
            <button type="button" onClick={dismissUpdate}>
              {dismissLabel}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
