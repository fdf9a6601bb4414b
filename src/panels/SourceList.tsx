import type { Source } from '../data/schemas';
import { useT } from '../i18n/useT';

export interface SourceListProps {
  sources: readonly Source[];
}

/** Every source as a link (new tab, no referrer) or a named seed document. */
export function SourceList({ sources }: SourceListProps) {
  const { t } = useT();
  return (
    <ul className="source-list">
      {sources.map((source) =>
        'url' in source ? (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
              <span className="visually-hidden"> {t('details.newTab')}</span>
            </a>
          </li>
        ) : (
          <li key={source.seed}>{t('details.seed', { file: source.seed })}</li>
        ),
      )}
    </ul>
  );
}
