import { useT } from '../i18n/useT';
import type { SelectionState } from '../state/selection';
import { useAtlasShallow } from '../state/StoreContext';
import './embedHeader.css';

export interface EmbedHeaderProps {
  /** The full atlas at a selection (the page that composes the embed knows its address). */
  linkTo: (selection: SelectionState) => string;
}

/** The embed's minimal chrome: its title and a way out to the full atlas at the same state. */
export function EmbedHeader({ linkTo }: EmbedHeaderProps) {
  const { t } = useT();
  const selection = useAtlasShallow((s): SelectionState => ({
    year: s.year,
    country: s.country,
    event: s.event,
    frame: s.frame,
    tab: s.tab,
    lang: s.lang,
    org: s.org,
    story: s.story,
    step: s.step,
  }));
  return (
    <div className="embed-titles">
      <p className="embed-title">{t('app.title')}</p>
      <a href={linkTo(selection)} target="_blank" rel="noopener noreferrer">
        {t('embed.openFull')}
        <span className="visually-hidden"> {t('details.newTab')}</span>
      </a>
    </div>
  );
}
