import { useEffect, useMemo, useRef, useState } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import { allSources, datasetCounts, eventsToCsv } from '../data/exportData';
import { useT } from '../i18n/useT';
import { SourceList } from './SourceList';

export interface DataSourcesDialogProps {
  index: AtlasIndex;
}

/** Object URLs for the downloads, made while the dialog is open and released after. */
function useDownloads(index: AtlasIndex, open: boolean) {
  const [urls, setUrls] = useState<{ csv: string; json: string } | null>(null);
  useEffect(() => {
    if (!open) return;
    const csv = URL.createObjectURL(new Blob([eventsToCsv(index.events)], { type: 'text/csv' }));
    const json = URL.createObjectURL(
      new Blob([JSON.stringify({ events: index.events }, null, 2)], { type: 'application/json' }),
    );
    setUrls({ csv, json });
    return () => {
      URL.revokeObjectURL(csv);
      URL.revokeObjectURL(json);
      setUrls(null);
    };
  }, [index, open]);
  return urls;
}

/** Every source the atlas cites, the counts, and the events to download. */
export function DataSourcesDialog({ index }: DataSourcesDialogProps) {
  const { t, tp } = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const downloads = useDownloads(index, open);
  const sources = useMemo(() => allSources(index), [index]);
  const counts = useMemo(() => datasetCounts(index), [index]);

  const show = () => {
    dialogRef.current?.showModal();
    setOpen(true);
  };
  const close = () => dialogRef.current?.close();

  return (
    <>
      <button type="button" className="button-small" onClick={show}>
        {t('data.open')}
      </button>
      <dialog
        ref={dialogRef}
        className="dialog"
        aria-labelledby="data-dialog-title"
        onClose={() => setOpen(false)}
      >
        {open && (
          <div className="dialog-body">
            <div className="dialog-head">
              <h2 id="data-dialog-title">{t('data.title')}</h2>
              <button type="button" className="button-small" onClick={close}>
                {t('dialog.close')}
              </button>
            </div>
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
                  <a
                    className="button-link"
                    href={downloads.json}
                    download="mali-atlas-events.json"
                  >
                    {t('data.downloadJson')}
                  </a>
                </>
              )}
            </p>
            <p className="note">{t('data.licence')}</p>
            <p className="note">{t('data.inferred')}</p>
            <h3>{tp('data.sources', sources.length)}</h3>
            <SourceList sources={sources.map((s) => s.source)} />
          </div>
        )}
      </dialog>
    </>
  );
}
