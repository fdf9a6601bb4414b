import { useState } from 'react';
import { eventsInYear, statusAt, type AtlasIndex } from '../data/atlasIndex';
import { RELATION_STATUSES } from '../data/schemas';
import { useT } from '../i18n/useT';
import { StoryList } from '../stories/StoryList';
import { EventList } from './EventList';
import { StatusBadge } from './StatusBadge';

export interface YearSummaryProps {
  index: AtlasIndex;
  year: number;
}

/**
 * A year of many events lists its first ones and offers the rest: the panel stays readable,
 * and scrubbing through a dense dataset does not rebuild hundreds of rows each year.
 */
export const YEAR_EVENTS_SHOWN = 20;

/** With nothing selected: the year's events and how many partners stand at each status. */
export function YearSummary({ index, year }: YearSummaryProps) {
  const { t, tp } = useT();
  const events = eventsInYear(index, year);
  const [expandedYear, setExpandedYear] = useState<number | null>(null);
  const shown = expandedYear === year ? events : events.slice(0, YEAR_EVENTS_SHOWN);
  const counts = new Map<string, number>();
  for (const country of index.countries) {
    const status = statusAt(country, year);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return (
    <article className="details-year">
      <h2>{t('details.year.title', { year })}</h2>
      <p>{events.length > 0 ? tp('details.year.events', events.length) : t('details.year.none')}</p>
      {events.length > 0 && <EventList events={shown} />}
      {shown.length < events.length && (
        <button type="button" className="button-small" onClick={() => setExpandedYear(year)}>
          {t('details.year.showAll', { count: events.length })}
        </button>
      )}
      <ul className="status-counts">
        {RELATION_STATUSES.filter((s) => (counts.get(s) ?? 0) > 0).map((status) => (
          <li key={status}>
            <StatusBadge status={status} /> <span className="count">{counts.get(status)}</span>
          </li>
        ))}
      </ul>
      <p className="hint">{t('details.year.hint')}</p>
      <StoryList />
    </article>
  );
}
