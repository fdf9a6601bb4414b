import { useEffect, useState } from 'react';
import { countryNameInYear, type AtlasIndex } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import { getMapImage } from '../map/mapReadiness';
import { useAtlasShallow } from '../state/StoreContext';
import { useActiveStory } from '../stories/useActiveStory';
import { handoutEvents, handoutSources } from './handoutContent';

export interface HandoutProps {
  index: AtlasIndex;
}

/**
 * The printed handout: hidden on screen, the only thing on paper (see the print stylesheet).
 * The map picture is refreshed when printing starts.
 */
export function Handout({ index }: HandoutProps) {
  const { t, l, date, lang } = useT();
  const { year, country } = useAtlasShallow((s) => ({ year: s.year, country: s.country }));
  const { active } = useActiveStory();
  const [mapImage, setMapImage] = useState<string | null>(null);

  useEffect(() => {
    const refresh = () => setMapImage(getMapImage());
    window.addEventListener('beforeprint', refresh);
    window.addEventListener('atlas:print', refresh);
    return () => {
      window.removeEventListener('beforeprint', refresh);
      window.removeEventListener('atlas:print', refresh);
    };
  }, []);

  const events = handoutEvents(index, { year, country, story: active?.story });
  const sources = handoutSources(events);
  const selected = country ? index.countriesByIso.get(country) : undefined;
  const subject = active
    ? l(active.story.title)
    : selected
      ? `${l(countryNameInYear(index, selected, year))}, ${String(year)}`
      : String(year);
  const today = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
  }).format(new Date());
  return (
    <article className="handout" aria-hidden="true">
      <h1>{t('app.title')}</h1>
      <h2>{subject}</h2>
      {mapImage && (
        <img className="handout-map" src={mapImage} alt={t('handout.mapAlt', { year })} />
      )}
      <h3>{t('handout.events')}</h3>
      <ol className="handout-events">
        {events.map((event) => (
          <li key={event.id}>
            <strong>
              {date(event.date)} — {l(event.title)}.
            </strong>{' '}
            {l(event.summary)}
          </li>
        ))}
      </ol>
      <h3>{t('handout.sources')}</h3>
      <ol className="handout-sources">
        {sources.map((source) => (
          <li key={'url' in source ? source.url : source.seed}>
            {'url' in source
              ? `${source.title} — ${source.url}`
              : t('details.seed', { file: source.seed })}
          </li>
        ))}
      </ol>
      <p className="handout-footer">{t('handout.generated', { date: today })}</p>
    </article>
  );
}
