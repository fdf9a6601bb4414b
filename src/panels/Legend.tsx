import { useState } from 'react';
import { useT } from '../i18n/useT';
import type { AtlasIndex } from '../data/atlasIndex';
import { useSelectedYear, useShownOrganisation } from '../state/hooks';
import { legendKeys } from '../theme/legendKeys';
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
        {legendKeys(orgName !== null).map((key) => (
          <li key={key.id}>
            {key.swatch === 'fill' ? (
              <span className="swatch" style={{ background: key.colour }} />
            ) : (
              <span
                className={key.swatch === 'member' ? 'swatch-line swatch-member' : 'swatch-line'}
                style={{ borderColor: key.colour }}
              />
            )}
            {key.message === 'legend.members'
              ? t(key.message, { org: orgName ?? '', year })
              : t(key.message)}
          </li>
        ))}
      </ul>
    </section>
  );
}
