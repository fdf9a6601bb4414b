import { maliMembershipsAt, type AtlasIndex } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import { Certainty } from './Certainty';
import { SourceList } from './SourceList';

export interface MaliMembershipsProps {
  index: AtlasIndex;
  year: number;
}

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
          {memberships.map(({ organisation, membership, suspension }) => (
            <li key={organisation.id}>
              <details>
                <summary>
                  {t('details.membership.since', {
                    org: l(organisation.acronym),
                    from: date(membership.from),
                  })}
                  {suspension &&
                    ` — ${t('details.membership.suspended', {
                      from: date(suspension.from),
                      reason: l(suspension.reason),
                    })}`}
                  {(membership.certainty === 'inferred' || suspension?.certainty === 'inferred') &&
                    ` · ${t('details.inferred')}`}
                </summary>
                <Certainty certainty={membership.certainty} note={membership.note} />
                <SourceList sources={membership.sources} />
                {suspension && (
                  <>
                    <Certainty certainty={suspension.certainty} note={suspension.note} />
                    <SourceList sources={suspension.sources} />
                  </>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
