import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { countryNameInYear, type AtlasIndex } from '../data/atlasIndex';
import { storiesQuery } from '../data/queries';
import type { Story } from '../data/schemas';
import { useT } from '../i18n/useT';
import { getMapImage } from '../map/mapReadiness';
import { useStoreApi } from '../state/StoreContext';
import { handoutEvents, handoutSources } from './handoutContent';
import './handout.css';

export interface HandoutProps {
  index: AtlasIndex;
}

/** What is on screen when printing starts: the handout prints exactly that. */
interface PrintedView {
  year: number;
  country: string | null;
  story: Story | undefined;
  mapImage: string | null;
}

/**
 * The printed handout: hidden on screen, the only thing on paper (see the print stylesheet).
 * It is written when printing starts (the Print handout button, or the browser's own Print),
 * not on every year change, which it would otherwise slow for nothing.
 */
export function Handout({ index }: HandoutProps) {
  const store = useStoreApi();
  const stories = useQuery(storiesQuery()).data?.stories;
  const [view, setView] = useState<PrintedView | null>(null);

  useEffect(() => {
    const snapshot = () => {
      const { year, country, story } = store.getState();
      // The browser lays the page out for paper right after this event: render now.
      flushSync(() =>
        setView({
          year,
          country,
          story: story ? stories?.find((s) => s.id === story) : undefined,
          mapImage: getMapImage(),
        }),
      );
    };
    window.addEventListener('beforeprint', snapshot);
    window.addEventListener('atlas:print', snapshot);
    return () => {
      window.removeEventListener('beforeprint', snapshot);
      window.removeEventListener('atlas:print', snapshot);
    };
  }, [store, stories]);

  return (
    <article className="handout" aria-hidden="true">
      {view && <HandoutContent index={index} view={view} />}
    </article>
  );
}

function HandoutContent({ index, view }: { index: AtlasIndex; view: PrintedView }) {
  const { t, l, date, lang } = useT();
  const { year, country, story, mapImage } = view;
  const events = handoutEvents(index, { year, country, story });
  const sources = handoutSources(events);
  const selected = country ? index.countriesByIso.get(country) : undefined;
  const subject = story
    ? l(story.title)
    : selected
      ? `${l(countryNameInYear(index, selected, year))}, ${String(year)}`
      : String(year);
  const today = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
  }).format(new Date());
  return (
    <>
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
          <li key={source.id}>
            {`${source.title} — ${source.publisher}${source.url ? ` — ${source.url}` : ''}`}
          </li>
        ))}
      </ol>
      <p className="handout-footer">{t('handout.generated', { date: today })}</p>
    </>
  );
}
