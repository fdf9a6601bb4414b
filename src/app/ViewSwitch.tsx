import { useT } from '../i18n/useT';
import { useActions, useMapView } from '../state/hooks';
import { MAP_VIEWS } from '../state/stateConstants';

/** Region or world framing of the map, as a pair of toggle buttons. */
export function ViewSwitch() {
  const { t } = useT();
  const view = useMapView();
  const { setView } = useActions();
  return (
    <div className="segmented" role="group" aria-label={t('map.view')}>
      {MAP_VIEWS.map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
          {t(`map.view.${v}`)}
        </button>
      ))}
    </div>
  );
}
