import { countryNameAt, shapeCodeOf, type AtlasIndex } from '../data/atlasIndex';
import { startOfIsoDate } from '../data/dates';
import type { AtlasEvent } from '../data/schemas';
import { useT } from '../i18n/useT';
import { useStoreApi } from '../state/StoreContext';
import { SourceList } from '../ui/SourceList';

export interface EventDetailsProps {
  index: AtlasIndex;
  event: AtlasEvent;
}

export function EventDetails({ index, event }: EventDetailsProps) {
  const { t, l, date } = useT();
  const store = useStoreApi();
  const when = startOfIsoDate(event.date);
  const organisations = event.organisations.map(
    (id) => index.context.organisations.find((o) => o.id === id)?.acronym,
  );
  return (
    <article className="details-event">
      <p className="event-date">
        {date(event.date)}
        {event.end && ` – ${t('details.event.until', { date: date(event.end) })}`}
        {' · '}
        {t(`category.${event.category}`)}
      </p>
      <h2>{l(event.title)}</h2>
      <p>{l(event.summary)}</p>
      {event.note && (
        <p className="note">
          {event.certainty === 'inferred'
            ? t('details.inferredWhy', { reason: l(event.note) })
            : l(event.note)}
        </p>
      )}
      {event.countries.length > 0 && (
        <section>
          <h3>{t('details.event.countries')}</h3>
          <ul className="chip-list">
            {event.countries.map((code) => {
              const shape = shapeCodeOf(code, index.historicalCodes);
              const country = index.countriesByIso.get(shape);
              const name = country ? l(countryNameAt(country, when, index.historicalCodes)) : code;
              return (
                <li key={code}>
                  {country ? (
                    <button
                      type="button"
                      className="chip"
                      onClick={() => store.getState().actions.selectCountry(shape)}
                    >
                      {name}
                    </button>
                  ) : (
                    <span className="chip">{name}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {organisations.length > 0 && (
        <section>
          <h3>{t('details.event.organisations')}</h3>
          <ul className="chip-list">
            {event.organisations.map((id, i) => {
              const acronym = organisations[i];
              return (
                <li key={id} className="chip">
                  {acronym ? l(acronym) : id}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section>
        <h3>{t('details.sources')}</h3>
        <SourceList sources={event.sources} />
      </section>
    </article>
  );
}
