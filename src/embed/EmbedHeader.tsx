import { useT } from '../i18n/useT';
import { useAtlasShallow } from '../state/StoreContext';
import { atlasBase, fullAtlasUrl } from '../share/shareLinks';

/** The embed's minimal chrome: its title and a way out to the full atlas at the same state. */
export function EmbedHeader() {
  const { t } = useT();
  const state = useAtlasShallow((s) => ({
    year: s.year,
    country: s.country,
    event: s.event,
    view: s.view,
    lang: s.lang,
    org: s.org,
    story: s.story,
    step: s.step,
  }));
  const href = fullAtlasUrl(atlasBase(window.location.origin, import.meta.env.BASE_URL), state);
  return (
    <div className="embed-titles">
      <p className="embed-title">{t('app.title')}</p>
      <a href={href} target="_blank" rel="noopener noreferrer">
        {t('embed.openFull')}
        <span className="visually-hidden"> {t('details.newTab')}</span>
      </a>
    </div>
  );
}
