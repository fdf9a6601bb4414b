import { useId, useMemo, useState } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import { yearOf } from '../data/dates';
import { EVENT_CATEGORIES, type EventCategory } from '../data/schemas';
import { useT } from '../i18n/useT';
import { useAtlasShallow, useStoreApi } from '../state/StoreContext';
import './dataViews.css';

export interface EventListViewProps {
  index: AtlasIndex;
}

function isCategoryFilter(value: string): value is EventCategory | 'all' {
  return value === 'all' || (EVENT_CATEGORIES as readonly string[]).includes(value);
}

/** The timeline as a list: every event by date, filterable, each one selectable. */
export function EventListView({ index }: EventListViewProps) {
  const { t, l, date } = useT();
  const store = useStoreApi();
  const { year, event: selected } = useAtlasShallow((s) => ({ year: s.year, event: s.event }));
  const [text, setText] = useState('');
  const [category, setCategory] = useState<EventCategory | 'all'>('all');
  const searchId = useId();
  const categoryId = useId();
  const events = useMemo(() => {
    const needle = text.trim().toLocaleLowerCase();
    return index.events.filter(
      (e) =>
        (category === 'all' || e.category === category) &&
        (needle === '' || `${l(e.title)} ${l(e.summary)}`.toLocaleLowerCase().includes(needle)),
    );
  }, [index, text, category, l]);
  return (
    <div className="data-view">
      <div className="data-view-filters">
        <label htmlFor={searchId}>{t('list.filter')}</label>
        <input id={searchId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor={categoryId}>{t('list.category')}</label>
        <select
          id={categoryId}
          value={category}
          onChange={(e) => {
            if (isCategoryFilter(e.target.value)) setCategory(e.target.value);
          }}
        >
          <option value="all">{t('list.allCategories')}</option>
          {EVENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
        <span role="status" className="note">
          {t('list.count', { count: events.length })}
        </span>
      </div>
      <ol className="event-list-view">
        {events.map((event) => {
          const eventYear = yearOf(event.date);
          return (
            <li key={event.id} className={eventYear === year ? 'is-current-year' : undefined}>
              <button
                type="button"
                className="link-button"
                aria-pressed={event.id === selected}
                onClick={() =>
                  store.getState().actions.selectEvent({ id: event.id, year: eventYear })
                }
              >
                <span className="event-date">{date(event.date)}</span> {l(event.title)}
              </button>
              <span className="note"> · {t(`category.${event.category}`)}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
