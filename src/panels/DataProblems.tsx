import { useState } from 'react';
import { DataFileError } from '../data/dataFiles';
import { useT, type Translator } from '../i18n/useT';
import './notices.css';

export interface DataProblemsProps {
  errors: readonly Error[];
  problems: readonly string[];
  retry: () => void;
}

const SHOWN = 4;

/** A file that failed, named with what went wrong, in the reader's language. */
export function fileErrorText(t: Translator['t'], error: Error): string {
  return error instanceof DataFileError
    ? t('error.data', { file: error.file, detail: error.detail })
    : error.message;
}

/** Files that failed (with Retry) and records left out, each named, above an atlas that still works. */
export function DataProblems({ errors, problems, retry }: DataProblemsProps) {
  const { t } = useT();
  const [dismissed, setDismissed] = useState(false);
  if (errors.length === 0 && (problems.length === 0 || dismissed)) return null;
  return (
    <div className="data-problems" role="alert">
      {errors.map((error) => (
        <p key={error.message}>
          {fileErrorText(t, error)} {t('error.partial')}
        </p>
      ))}
      {errors.length > 0 && (
        <button type="button" className="button-small" onClick={retry}>
          {t('error.retry')}
        </button>
      )}
      {problems.length > 0 && !dismissed && (
        <>
          <p>{t('error.records', { count: problems.length })}</p>
          <ul>
            {problems.slice(0, SHOWN).map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
            {problems.length > SHOWN && (
              <li>{t('error.moreRecords', { count: problems.length - SHOWN })}</li>
            )}
          </ul>
          <button type="button" className="button-small" onClick={() => setDismissed(true)}>
            {t('notice.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
