import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { ModalDialog } from '../ui/ModalDialog';
import type { AtlasIndex } from '../data/atlasIndex';
import { allSources, datasetCounts, downloadFiles, sourcesByKind } from '../data/exportData';
import { sourcesQuery } from '../data/queries';
import { useT } from '../i18n/useT';
import { SourceList } from '../ui/SourceList';
import './dataSourcesDialog.css';

export interface DataSourcesDialogProps {
  index: AtlasIndex;
}

function Downloads({ index }: DataSourcesDialogProps) {
  const { t } = useT();
  const headingId = useId();
  const { dataset } = index.context;
  if (!dataset) return null;
  const files = downloadFiles(import.meta.env.BASE_URL, dataset);
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('data.downloads')}</h3>
      <p className="note">{t('data.downloadsIntro')}</p>
      <ul className="downloads">
        {files.tables.map(({ table, csv, json }) => {
          const label = t(`data.table.${table}`);
          return (
            <li key={table}>
              <span>{label}</span>{' '}
              <a
                className="button-link"
                href={csv}
                download={name(csv)}
                aria-label={t('data.download', { table: label, format: 'CSV' })}
              >
                CSV
              </a>{' '}
              <a
                className="button-link"
                href={json}
                download={name(json)}
                aria-label={t('data.download', { table: label, format: 'JSON' })}
              >
                JSON
              </a>
            </li>
          );
        })}
      </ul>
      <p>
        <a className="button-link" href={files.dataPackage} download={name(files.dataPackage)}>
          {t('data.package')}
        </a>
      </p>
    </section>
  );
}

function DataSourcesContent({ index }: DataSourcesDialogProps) {
  const { t, tp, date } = useT();
  const catalogue = useQuery(sourcesQuery()).data;
  const sources = useMemo(() => allSources(index, catalogue), [index, catalogue]);
  const counts = useMemo(() => datasetCounts(index), [index]);
  const kinds = useMemo(() => sourcesByKind(sources), [sources]);
  const { dataset } = index.context;
  return (
    <>
      <p>
        {t('data.counts', {
          events: counts.events,
          dated: counts.countriesWithDate,
          periods: counts.countriesWithPeriods,
          organisations: counts.organisations,
        })}
      </p>
      {dataset && (
        <p>{t('data.version', { version: dataset.version, date: date(dataset.released) })}</p>
      )}
      <Downloads index={index} />
      <p className="note">{t('data.licence')}</p>
      <p className="note">{t('data.inferred')}</p>
      <h3>{tp('data.sources', sources.length)}</h3>
      <p className="note">
        {t('data.byKind')}{' '}
        {kinds
          .map(([kind, count]) => t('data.kindCount', { kind: t(`details.kind.${kind}`), count }))
          .join(' · ')}
      </p>
      <SourceList sources={sources.map((s) => s.source)} />
    </>
  );
}

/** Every source the atlas cites, the counts, and every table to download. */
export function DataSourcesDialog({ index }: DataSourcesDialogProps) {
  const { t } = useT();
  return (
    <ModalDialog openLabel={t('data.open')} title={t('data.title')}>
      <DataSourcesContent index={index} />
    </ModalDialog>
  );
}
