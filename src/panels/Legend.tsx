import { RELATION_STATUSES } from '../data/schemas';
import { useT } from '../i18n/useT';
import type { AtlasIndex } from '../data/atlasIndex';
import { useSelectedYear, useShownOrganisation } from '../state/hooks';
import { MAP_COLOURS, STATUS_COLOURS } from '../theme/palette';
import './legend.css';

/** Names every colour the map uses. */
export interface LegendProps {
  index: AtlasIndex;
}

export function Legend({ index }: LegendProps) {
  const { t, l } = useT();
  const year = useSelectedYear();
  const org = useShownOrganisation();
  const organisation = org ? index.context.organisations.find((o) => o.id === org) : undefined;
  const orgName = organisation ? l(organisation.acronym) : null;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-title">
        {t('legend.title', { year })}
      </h2>
      <ul>
        <li>
          <span className="swatch" style={{ background: MAP_COLOURS.mali }} />
          {t('legend.mali')}
        </li>
        {RELATION_STATUSES.map((status) => (
          <li key={status}>
            <span className="swatch" style={{ background: STATUS_COLOURS[status] }} />
            {t(`status.${status}`)}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: MAP_COLOURS.noData }} />
          {t('legend.noData')}
        </li>
        <li>
          <span className="swatch-line" style={{ borderColor: MAP_COLOURS.link }} />
          {t('legend.link')}
        </li>
        {orgName && (
          <li>
            <span
              className="swatch-line swatch-member"
              style={{ borderColor: MAP_COLOURS.memberOutline }}
            />
            {t('legend.members', { org: orgName, year })}
          </li>
        )}
      </ul>
    </section>
  );
}
