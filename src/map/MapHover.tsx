/**
 * Hover and click on the MapLibre map: the hovered outline, the pointer, the tooltip, and a click
 * choosing a country. Its own component, so a mouse move re-renders the tooltip, not the map.
 */
import type { MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import { useStoreApi } from '../state/StoreContext';
import { LAYER_IDS } from './mapConstants';
import { MapTooltip, type HoverInfo } from './MapTooltip';
import type { MapStates } from './useMapColours';

export interface MapHoverProps {
  map: MapLibreMap;
  states: MapStates;
  index: AtlasIndex;
}

function codeOf(event: MapLayerMouseEvent): string | null {
  const properties: Record<string, unknown> = event.features?.[0]?.properties ?? {};
  const value = properties.iso3;
  return typeof value === 'string' ? value : null;
}

export function MapHover({ map, states, index }: MapHoverProps) {
  const store = useStoreApi();
  const [hover, setHover] = useState<HoverInfo | null>(null);

  useEffect(() => {
    let hovered: string | null = null;
    const setHovered = (code: string | null) => {
      if (hovered === code) return;
      if (hovered) states.outline.set(hovered, { hover: false });
      if (code) states.outline.set(code, { hover: true });
      hovered = code;
    };
    const onMove = (event: MapLayerMouseEvent) => {
      const code = codeOf(event);
      setHovered(code);
      map.getCanvas().style.cursor = code && index.countriesByIso.has(code) ? 'pointer' : '';
      setHover(code ? { iso3: code, x: event.point.x, y: event.point.y } : null);
    };
    const onLeave = () => {
      setHovered(null);
      setHover(null);
      map.getCanvas().style.cursor = '';
    };
    const onClick = (event: MapLayerMouseEvent) => {
      const code = codeOf(event);
      if (code && index.countriesByIso.has(code)) store.getState().actions.selectCountry(code);
    };
    map.on('mousemove', LAYER_IDS.fill, onMove);
    map.on('mouseleave', LAYER_IDS.fill, onLeave);
    map.on('click', LAYER_IDS.fill, onClick);
    return () => {
      map.off('mousemove', LAYER_IDS.fill, onMove);
      map.off('mouseleave', LAYER_IDS.fill, onLeave);
      map.off('click', LAYER_IDS.fill, onClick);
    };
  }, [map, states, index, store]);

  return hover ? <MapTooltip index={index} info={hover} /> : null;
}
