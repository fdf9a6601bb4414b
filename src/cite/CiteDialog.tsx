import { ModalDialog } from '../ui/ModalDialog';
import type { AtlasIndex } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import { SourceList } from '../ui/SourceList';
import { CopyField } from '../ui/CopyField';
import { currentAtlasBase, fullAtlasUrl } from '../share/shareLinks';
import { useSelectionSnapshot } from '../state/hooks';
import type { SelectionState } from '../state/store';
import { buildCitation, CITATION_FORMATS } from './citation';
import { viewSources, viewTitle } from './viewCitation';

export interface CiteDialogProps {
  index: AtlasIndex;
}

/** Today in the reader's own calendar, YYYY-MM-DD: the day they consulted the view. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * "Cite this view": the citation of what is on screen, in four formats, each with a copy
 * button, followed by the original sources of the facts shown.
 */
export function CiteDialog({ index }: CiteDialogProps) {
  const { t } = useT();
  const [snapshot, takeSnapshot] = useSelectionSnapshot();
  return (
    <ModalDialog openLabel={t('cite.open')} title={t('cite.title')} onOpen={takeSnapshot}>
      <CiteContent index={index} snapshot={snapshot} />
    </ModalDialog>
  );
}

function CiteContent({ index, snapshot }: { index: AtlasIndex; snapshot: SelectionState }) {
  const { t, lang } = useT();
  const view = { year: snapshot.year, country: snapshot.country, event: snapshot.event };
  const url = fullAtlasUrl(currentAtlasBase(), {
    ...snapshot,
    lang,
  });
  const citation = buildCitation({
    lang,
    dataset: index.context.dataset,
    viewTitle: viewTitle(index, view, lang),
    url,
    accessed: today(),
  });
  const sources = viewSources(index, view);
  return (
    <>
      <p className="note">{t('cite.intro')}</p>
      {CITATION_FORMATS.map((format) => (
        <CopyField
          key={format}
          label={t(`cite.format.${format}`)}
          value={citation[format]}
          multiline
          rows={format === 'bibtex' ? 10 : 3}
        />
      ))}
      <h3>{t('cite.sources')}</h3>
      {sources.length > 0 ? <SourceList sources={sources} /> : <p>{t('cite.noSources')}</p>}
    </>
  );
}
