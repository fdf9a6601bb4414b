import { useEffect, useMemo, useState } from 'react';
import { ModalDialog } from '../app/ModalDialog';
import type { AtlasIndex } from '../data/atlasIndex';
import { allSources, datasetCounts, eventsToCsv } from '../data/exportData';
import { useT } from '../i18n/useT';
import { SourceList } from './SourceList';

export interface DataSourcesDialogProps {
  index: AtlasIndex;
}

/** Object URLs for the downloads, made while the dialog is open and released after. */
function useDownloads(index: AtlasIndex) {
  const [urls, setUrls] = useState<{ csv: string; json: string } | null>(null);
  useEffect(() => {
    const csv = URL.createObjectURL(new Blob([eventsToCsv(index.events)], { type: 'text/csv' }));
    const json = URL.createObjectURL(
      new Blob([JSON.stringify({ events: index.events }, null, 2)], { type: 'application/json' }),
    );
    setUrls({ csv, json });
    return () => {
      URL.revokeObjectURL(csv);
      URL.revokeObjectURL(json);
    };
  }, [index]);
  return urls;
}

function DataSourcesContent({ index }: DataSourcesDialogProps) {
  const { t, tp } = useT();
  const downloads = useDownloads(index);
  const sources = useMemo(() => allSources(index), [index]);
  const counts = useMemo(() => datasetCounts(index), [index]);
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
      <p className="downloads">
        {downloads && (
          <>
            <a className="button-link" href={downloads.csv} download="mali-atlas-events.csv">
              {t('data.downloadCsv')}
            </a>
            <a className="button-link" href={downloads.json} download="mali-atlas-events.json">
              {t('data.downloadJson')}
            </a>
          </>
        )}
      </p>
      <p className="note">{t('data.licence')}</p>
      <p className="note">{t('data.inferred')}</p>
      <h3>{tp('data.sources', sources.length)}</h3>
      <SourceList sources={sources.map((s) => s.source)} />
    </>
  );
}

/** Every source the atlas cites, the counts, and the events to download. */
export function DataSourcesDialog({ index }: DataSourcesDialogProps) {
  const { t } = useT();
  return (
    <ModalDialog openLabel={t('data.open')} title={t('data.title')}>
      <DataSourcesContent index={index} />
    </ModalDialog>
  );
}
