import type { AtlasData } from '../data/atlasData';
import { useT } from '../i18n/useT';
import { DataProblems, fileErrorText } from './DataProblems';
import './notices.css';

/** Loading, a failure with nothing to show (with Retry), or the problems of a partial load. */
export function DataStatus({ data }: { data: AtlasData }) {
  const { t } = useT();
  if (data.status === 'success') {
    return <DataProblems errors={data.errors} problems={data.problems} retry={data.retry} />;
  }
  if (data.status === 'pending') {
    return (
      <p className="loading" role="status">
        {t('loading.data')}
      </p>
    );
  }
  return (
    <div className="data-error" role="alert">
      {data.errors.map((error) => (
        <p key={error.message}>{fileErrorText(t, error)}</p>
      ))}
      <button type="button" onClick={data.retry}>
        {t('error.retry')}
      </button>
    </div>
  );
}
