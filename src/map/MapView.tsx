/**
 * The map: the only component that touches MapLibre. Each concern is a hook of its own (creating
 * the map, colouring it, moving its camera) working through store subscriptions, never through
 * re-renders; without WebGL the SVG drawing stands in.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { useQuery } from '@tanstack/react-query';
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useCallback, useRef, useState } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import { labelsQuery, shapesQuery } from '../data/queries';
import { useT } from '../i18n/useT';
import { useSelectedYear } from '../state/hooks';
import { crashIfProbed } from '../ui/crashProbe';
import { MapHover } from './MapHover';
import { MapLabels } from './MapLabels';
import { SvgMapView } from './svg/SvgMapView';
import type { PlacedLabel } from './svg/svgMap';
import { useMapCamera } from './useMapCamera';
import { useMapColours, useMapStates } from './useMapColours';
import { useMapLibre } from './useMapLibre';

setWorkerUrl(workerUrl);
// MapLibre's worker (a 520 kB script to load and compile) starts as this chunk is evaluated, while
// the page waits for its data, instead of when the map is created (measured by npm run bench).
prewarm();

export interface MapViewProps {
  /** Undefined while the data files load: the map starts without them and colours on arrival. */
  index: AtlasIndex | undefined;
  /** In an embed: wheel zoom needs Ctrl/Cmd and touch needs two fingers, so articles scroll. */
  cooperativeGestures?: boolean;
}

export function MapView({ index, cooperativeGestures = false }: MapViewProps) {
  if (import.meta.env.DEV) crashIfProbed('map');
  const { t } = useT();
  const year = useSelectedYear();
  // MapLibre gets a box of its own: when it fails half-built, React removes the box and
  // whatever MapLibre left in it, and the SVG drawing takes its place.
  const containerRef = useRef<HTMLDivElement>(null);
  const placedLabels = useRef<readonly PlacedLabel[]>([]);
  const onLabelsPlaced = useCallback((placed: readonly PlacedLabel[]) => {
    placedLabels.current = placed;
  }, []);
  // Without WebGL the SVG drawing stands in; the map is ready once it is drawn.
  const [fallbackDrawn, setFallbackDrawn] = useState(false);
  const markFallbackDrawn = useCallback(() => setFallbackDrawn(true), []);
  const shapes = useQuery(shapesQuery());
  const labels = useQuery(labelsQuery());

  const { map, failure } = useMapLibre(containerRef, shapes.data, {
    cooperativeGestures,
    placedLabels,
  });
  const states = useMapStates(map);
  const coloured = useMapColours(map, states, index, shapes.data !== undefined);
  useMapCamera(map, index, shapes.data);
  const noWebGl = failure?.kind === 'no-webgl';
  const ready = noWebGl ? fallbackDrawn : coloured && map !== null;

  return (
    <div className="map-view">
      <div
        className="map-canvas"
        data-testid="map"
        data-ready={ready ? 'true' : 'false'}
        role="region"
        aria-label={t('map.label', { year })}
      >
        {!noWebGl && <div ref={containerRef} className="map-gl" />}
        {/* The names of the time (Upper Volta, Dahomey, USSR) in the reader's language. */}
        {map && coloured && index && labels.data && (
          <MapLabels map={map} index={index} labels={labels.data} onPlaced={onLabelsPlaced} />
        )}
        {noWebGl && shapes.data && index && (
          <SvgMapView
            index={index}
            shapes={shapes.data}
            labels={labels.data}
            onDrawn={markFallbackDrawn}
          />
        )}
      </div>
      {!failure && !coloured && (
        <p className="map-status" role="status">
          {t('loading.map')}
        </p>
      )}
      {noWebGl && !shapes.isError && (
        <p className="map-status map-notice" role="status">
          {t('map.fallbackNotice')}
        </p>
      )}
      {shapes.isError && (
        <p className="map-status map-status-error" role="alert">
          {shapes.error.message}
        </p>
      )}
      {failure?.kind === 'failed' && (
        <p className="map-status map-status-error" role="alert">
          {t('error.mapFailed', { detail: failure.detail })}
        </p>
      )}
      {map && states && index && <MapHover map={map} states={states} index={index} />}
    </div>
  );
}
