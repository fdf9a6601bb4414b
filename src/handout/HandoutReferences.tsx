import type { AtlasEvent } from '../data/schemas';
import { useT } from '../i18n/useT';
import { handoutSources } from './handoutContent';

export interface HandoutReferencesProps {
  /** The events the handout lists, already chosen and cut to length (handoutEvents). */
  events: readonly AtlasEvent[];
}

/** The events in date order with their summaries, then the best source of each, once. */
export function HandoutReferences({ events }: HandoutReferencesProps) {
  const { t, l, date } = useT();
  const sources = handoutSources(events);
  return (
    <>
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
    </>
  );
}
