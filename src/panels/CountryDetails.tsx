import {
  countryNameInYear,
  eventsOfCountry,
  MALI,
  periodAt,
  statusAt,
  type AtlasIndex,
} from '../data/atlasIndex';
import { endOfYear } from '../data/dates';
import type { Country } from '../data/schemas';
import { useT } from '../i18n/useT';
import { Certainty } from './Certainty';
import { EventList } from './EventList';
import { MaliMemberships } from './MaliMemberships';
import { SourceList } from '../ui/SourceList';
import { StatusBadge } from './StatusBadge';

export interface CountryDetailsProps {
  index: AtlasIndex;
  country: Country;
  year: number;
}

export function CountryDetails({ index, country, year }: CountryDetailsProps) {
  const { t, l, date } = useT();
  const since = country.relationsSince;
  const status = statusAt(country, year);
  const period = periodAt(country, endOfYear(year));
  const events = eventsOfCountry(index, country.iso3);
  return (
    <article className="details-country">
      <h2>{l(countryNameInYear(index, country, year))}</h2>
      {country.neighbour && <p className="tag">{t('details.country.neighbour')}</p>}
      {country.iso3 !== MALI && (
        <>
          <section>
            <h3>{t('details.country.relationsSince')}</h3>
            {since ? (
              <>
                <p className="fact">{date(since.date)}</p>
                <Certainty certainty={since.certainty} note={since.note} />
                <SourceList sources={since.sources} />
              </>
            ) : (
              <p>{t('details.country.relationsUnknown')}</p>
            )}
          </section>
          <section>
            <h3>{t('details.country.statusIn', { year })}</h3>
            <p className="fact" data-testid="details.status">
              <StatusBadge status={status} />
            </p>
            {period ? (
              <>
                <p>
                  {period.to
                    ? t('details.country.period', { from: date(period.from), to: date(period.to) })
                    : t('details.country.periodOpen', { from: date(period.from) })}
                </p>
                <p>{l(period.reason)}</p>
                <Certainty certainty={period.certainty} note={period.note} />
                <SourceList sources={period.sources} />
              </>
            ) : (
              <p className="note">{t('details.country.noPeriod')}</p>
            )}
          </section>
        </>
      )}
      {country.iso3 === MALI && <MaliMemberships index={index} year={year} />}
      <section>
        <h3>{t('details.country.events')}</h3>
        {events.length > 0 ? <EventList events={events} /> : <p>{t('details.country.noEvents')}</p>}
      </section>
    </article>
  );
}
