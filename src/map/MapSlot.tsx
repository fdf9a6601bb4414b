import type { AtlasIndex } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import { useMapModule } from './loadMapView';
import './map.css';

export interface MapSlotProps {
  index: AtlasIndex | undefined;
  /** In an embed, the map lets the article scroll past it (cooperative gestures). */
  embed: boolean;
}

/** The map, once its code (loaded in parallel, never holding back the first paint) is there. */
export function MapSlot({ index, embed }: MapSlotProps) {
  const { t } = useT();
  const module = useMapModule();
  if (!module) return <p className="map-status">{t('loading.map')}</p>;
  return <module.MapView index={index} cooperativeGestures={embed} />;
}
