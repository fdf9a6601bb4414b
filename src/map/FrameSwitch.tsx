import { useT } from '../i18n/useT';
import { useActions, useMapFrame } from '../state/hooks';
import { MAP_FRAMES } from '../state/stateConstants';

/** Region or world framing of the map, as a pair of toggle buttons. */
export function FrameSwitch() {
  const { t } = useT();
  const frame = useMapFrame();
  const { setFrame } = useActions();
  return (
    <div className="segmented" role="group" aria-label={t('map.frame')}>
      {MAP_FRAMES.map((f) => (
        <button key={f} type="button" aria-pressed={frame === f} onClick={() => setFrame(f)}>
          {t(`map.frame.${f}`)}
        </button>
      ))}
    </div>
  );
}
