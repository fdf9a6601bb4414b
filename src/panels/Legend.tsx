import { useState } from 'react';
import { RELATION_STATUSES } from '../data/schemas';
import { useT } from '../i18n/useT';
import type { AtlasIndex } from '../data/atlasIndex';
import { useSelectedYear, useShownOrganisation } from '../state/hooks';
import { MAP_COLOURS, STATUS_COLOURS } from '../theme/palette';
import './legend.css';

export interface LegendProps {
  index: AtlasIndex;
}

/**
 * Names every colour the map uses. It sits in the map's corner on a wide screen, so its title
 * folds it away (a disclosure button) for a reader who wants the whole map.
 */
export function Legend({ index }: LegendProps) {
  const { t, l } = useT();
  const year = useSelectedYear();
  const org = useShownOrganisation();
  const organisation = org ? index.context.organisations.find((o) => o.id === org) : undefined;
  const orgName = organisation ? l(organisation.acronym) : null;
  const [open, setOpen] = useState(true);
  return (
    // data-map-overlay: when it floats on the map, the map frames its countries beside it.
    <section className="legend" aria-labelledby="legend-title" data-map-overlay>
      <h2 className="legend-title">
        <button
          id="legend-title"
          type="button"
          className="legend-toggle"
          aria-expanded={open}
          aria-controls="legend-keys"
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true" className="legend-chevron">
            {open ? '▾' : '▸'}
          </span>
          {t('legend.title', { year })}
        </button>
      </h2>
      <ul id="legend-keys" hidden={!open}>
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
