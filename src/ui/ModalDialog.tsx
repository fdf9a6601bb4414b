import { useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import './modalDialog.css';

export interface ModalDialogProps {
  /** The text of the button that opens the dialog. */
  openLabel: string;
  title: string;
  /** Called just before opening, to take what the dialog shows from the current state. */
  onOpen?: () => void;
  /** Rendered only while the dialog is open. */
  children: ReactNode;
}

/**
 * A button and the modal <dialog> it opens. The native element traps focus, closes on Escape
 * and gives focus back to the button.
 */
export function ModalDialog({ openLabel, title, onOpen, children }: ModalDialogProps) {
  const { t } = useT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const show = () => {
    onOpen?.();
    dialogRef.current?.showModal();
    setOpen(true);
  };
  return (
    <>
      <button type="button" className="button-small" onClick={show}>
        {openLabel}
      </button>
      <dialog
        ref={dialogRef}
        className="dialog"
        aria-labelledby={titleId}
        // A dialog opened from inside this one (Cite this view in Share) sends its close event
        // up through React's tree: only this dialog's own close empties it.
        onClose={(e) => {
          if (e.target === e.currentTarget) setOpen(false);
        }}
      >
        {open && (
          <div className="dialog-body">
            <div className="dialog-head">
              <h2 id={titleId}>{title}</h2>
              <button
                type="button"
                className="button-small"
                onClick={() => dialogRef.current?.close()}
              >
                {t('dialog.close')}
              </button>
            </div>
            {children}
          </div>
        )}
      </dialog>
    </>
  );
}
