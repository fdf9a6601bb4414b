import { RELATION_STATUSES } from '../data/schemas';
import { useT } from '../i18n/useT';
import { useSelectedYear } from '../state/hooks';
import { MAP_COLOURS, STATUS_COLOURS } from '../theme/palette';

/** Names every colour the map uses. */
export function Legend() {
  const { t } = useT();
  const year = useSelectedYear();
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
      </ul>
    </section>
  );
}
