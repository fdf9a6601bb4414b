import type { DisplayStatus } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import { MAP_COLOURS, STATUS_COLOURS } from '../theme/palette';

export interface StatusBadgeProps {
  status: DisplayStatus;
}

/** A status in words with its map colour beside it. */
export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useT();
  if (status === 'mali') return null;
  const colour = status === 'unknown' ? MAP_COLOURS.noData : STATUS_COLOURS[status];
  return (
    <span className="status-badge" data-status={status}>
      <span className="swatch" style={{ background: colour }} />
      {t(`status.${status}`)}
    </span>
  );
}
