import { maliMembershipsAt, type AtlasIndex } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import { Certainty } from './Certainty';
import { SourceList } from '../ui/SourceList';

export interface MaliMembershipsProps {
  index: AtlasIndex;
  year: number;
}

/** A date known to the day reads "le 3 juin 2021" in French; a month or a year does not. */
const isDay = (iso: string) => iso.length === 10;

/** Mali's own panel: the organisations it belonged to that year, and any suspension. */
export function MaliMemberships({ index, year }: MaliMembershipsProps) {
  const { t, l, date } = useT();
  const memberships = maliMembershipsAt(index, year);
  return (
    <section>
      <h3>{t('details.memberships', { year })}</h3>
      {memberships.length === 0 ? (
        <p>{t('details.membership.none')}</p>
      ) : (
        <ul className="memberships">
          {memberships.map(({ organisation, membership, suspensions }) => {
            const facts = [membership, ...suspensions];
            return (
              <li key={organisation.id}>
                <details>
                  <summary>
                    {t(
                      isDay(membership.from)
                        ? 'details.membership.sinceDay'
                        : 'details.membership.since',
                      {
                        org: l(organisation.acronym),
                        from: date(membership.from),
                      },
                    )}
                    {suspensions.map((suspension) => (
                      <span key={suspension.from}>
                        {' — '}
                        {t(
                          isDay(suspension.from)
                            ? 'details.membership.suspendedDay'
                            : 'details.membership.suspended',
                          { from: date(suspension.from), reason: l(suspension.reason) },
                        )}
                      </span>
                    ))}
                    {facts.some((f) => f.certainty === 'inferred') && ` · ${t('details.inferred')}`}
                  </summary>
                  {facts.map((fact, i) => (
                    <div key={`${fact.from}-${String(i)}`}>
                      <Certainty certainty={fact.certainty} note={fact.note} />
                      <SourceList sources={fact.sources} />
                    </div>
                  ))}
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
