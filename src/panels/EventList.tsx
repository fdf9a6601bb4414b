import type { AtlasEvent } from '../data/schemas';
import { yearOf } from '../data/dates';
import { useT } from '../i18n/useT';
import { useStoreApi } from '../state/StoreContext';

export interface EventListProps {
  events: readonly AtlasEvent[];
}

/** Events as buttons that select them (and so move the year and the map). */
export function EventList({ events }: EventListProps) {
  const { l, date } = useT();
  const store = useStoreApi();
  return (
    <ul className="event-list">
      {events.map((event) => (
        <li key={event.id}>
          <button
            type="button"
            className="link-button"
            onClick={() =>
              store.getState().actions.selectEvent({ id: event.id, year: yearOf(event.date) })
            }
          >
            <span className="event-date">{date(event.date)}</span> {l(event.title)}
          </button>
        </li>
      ))}
    </ul>
  );
}
