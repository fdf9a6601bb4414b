import { useId, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import './copyField.css';

type CopyState = 'idle' | 'copied' | 'manual';

/** A read-only field with a button that copies it, and a fallback where the clipboard is refused. */
export function CopyField({
  label,
  value,
  multiline,
  rows = 4,
}: {
  label: string;
  value: string;
  multiline: boolean;
  rows?: number;
}) {
  const { t } = useT();
  const id = useId();
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      // No clipboard permission (some embeds, older browsers): select it for Ctrl+C.
      fieldRef.current?.select();
      setState('manual');
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          ref={fieldRef}
          readOnly
          value={value}
          rows={rows}
          onFocus={(e) => e.target.select()}
        />
      ) : (
        <input id={id} ref={fieldRef} readOnly value={value} onFocus={(e) => e.target.select()} />
      )}
      <div className="copy-row">
        <button type="button" className="button-small" onClick={() => void copy()}>
          {t('share.copy', { what: label })}
        </button>
        <span role="status" className="note">
          {state === 'copied'
            ? t('share.copied')
            : state === 'manual'
              ? t('share.copyManually')
              : ''}
        </span>
      </div>
    </div>
  );
}
