import type { Source } from '../data/schemas';
import { useT } from '../i18n/useT';
import './sourceList.css';

export interface SourceListProps {
  sources: readonly Source[];
}

/**
 * Every source as a reader cites it: its title (a link that opens in a new tab with no
 * referrer), publisher, date and kind, and where in it the fact is.
 */
export function SourceList({ sources }: SourceListProps) {
  const { t, date } = useT();
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={`${source.id} ${source.locator ?? ''}`}>
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              <span lang={source.language}>{source.title}</span>
              <span className="visually-hidden"> {t('details.newTab')}</span>
            </a>
          ) : (
            <cite lang={source.language}>{source.title}</cite>
          )}
          <span className="source-meta">
            {' — '}
            {source.publisher}
            {source.published ? `, ${date(source.published)}` : ''}
            {` (${t(`details.kind.${source.kind}`)})`}
            {source.locator ? `, ${source.locator}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
