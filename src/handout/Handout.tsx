import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { countryNameInYear, type AtlasIndex } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import type { Tour } from '../lessons/tour';
import { getMapImage } from '../map/mapReadiness';
import { useStoreApi } from '../state/StoreContext';
import { handoutEvents } from './handoutContent';
import { HandoutReferences } from './HandoutReferences';
import { TourHandout } from './TourHandout';
import './handout.css';

export interface HandoutProps {
  index: AtlasIndex;
  /** The story or lesson being followed, if any: it prints step by step instead of the view. */
  tour: Tour | undefined;
}

/** What is on screen when printing starts: the handout prints exactly that. */
type PrintedView =
  | { kind: 'tour'; tour: Tour }
  | { kind: 'view'; year: number; country: string | null; mapImage: string | null };

/**
 * The printed handout: hidden on screen, the only thing on paper (see the print stylesheet).
 * It is written when printing starts (the Print handout button, or the browser's own Print),
 * not on every year change, which it would otherwise slow for nothing. A tour being followed
 * prints whole, each step with its own picture; otherwise the view on screen prints, with a
 * picture of the map as shown.
 */
export function Handout({ index, tour }: HandoutProps) {
  const store = useStoreApi();
  const [view, setView] = useState<PrintedView | null>(null);

  useEffect(() => {
    const snapshot = () => {
      const { year, country } = store.getState();
      // The browser lays the page out for paper right after this event: render now.
      flushSync(() =>
        setView(
          tour ? { kind: 'tour', tour } : { kind: 'view', year, country, mapImage: getMapImage() },
        ),
      );
    };
    window.addEventListener('beforeprint', snapshot);
    window.addEventListener('atlas:print', snapshot);
    return () => {
      window.removeEventListener('beforeprint', snapshot);
      window.removeEventListener('atlas:print', snapshot);
    };
  }, [store, tour]);

  return (
    <article className="handout" aria-hidden="true">
      {view && <HandoutPage index={index} view={view} />}
    </article>
  );
}

function HandoutPage({ index, view }: { index: AtlasIndex; view: PrintedView }) {
  const { t, lang } = useT();
  const today = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
  }).format(new Date());
  return (
    <>
      <h1>{t('app.title')}</h1>
      {view.kind === 'tour' ? (
        <TourHandout index={index} tour={view.tour} />
      ) : (
        <ViewHandout
          index={index}
          year={view.year}
          country={view.country}
          mapImage={view.mapImage}
        />
      )}
      <p className="handout-footer">{t('handout.generated', { date: today })}</p>
    </>
  );
}

/** The view on screen: its subject, the map as shown, and its events and their sources. */
function ViewHandout({
  index,
  year,
  country,
  mapImage,
}: {
  index: AtlasIndex;
  year: number;
  country: string | null;
  mapImage: string | null;
}) {
  const { t, l } = useT();
  const events = handoutEvents(index, { year, country, tour: undefined });
  const selected = country ? index.countriesByIso.get(country) : undefined;
  const subject = selected
    ? `${l(countryNameInYear(index, selected, year))}, ${String(year)}`
    : String(year);
  return (
    <>
      <h2>{subject}</h2>
      {mapImage && (
        <img className="handout-map" src={mapImage} alt={t('handout.mapAlt', { year })} />
      )}
      <HandoutReferences events={events} />
    </>
  );
}
