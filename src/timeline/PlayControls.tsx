import { useT } from '../i18n/useT';
import { useActions, usePlaying, usePlaySpeed } from '../state/hooks';
import { useAtlas } from '../state/StoreContext';
import { PLAY_SPEEDS, type PlaySpeed } from '../state/stateConstants';
import './timeline.css';

function isPlaySpeed(value: string): value is PlaySpeed {
  return value in PLAY_SPEEDS;
}

/** Play / Pause and the pace of Play. */
export function PlayControls() {
  const { t } = useT();
  const playing = usePlaying();
  const speed = usePlaySpeed();
  const { togglePlay, setSpeed } = useActions();
  const locked = useAtlas((s) => s.yearLocked);
  if (locked) return null;
  return (
    <div className="play-controls">
      <button type="button" className="play-button" onClick={togglePlay}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        <span>{playing ? t('play.pause') : t('play.play')}</span>
      </button>
      <label className="speed-select">
        <span>{t('play.speed')}</span>
        <select
          value={speed}
          onChange={(e) => {
            if (isPlaySpeed(e.target.value)) setSpeed(e.target.value);
          }}
        >
          {(Object.keys(PLAY_SPEEDS) as PlaySpeed[]).map((s) => (
            <option key={s} value={s}>
              {t(`play.speed.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
