/**
 * The map: the only component that touches MapLibre. It is created once; the year, the
 * selection and the camera reach it through store subscriptions, never through re-renders.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Map as MapLibreMap,
  prewarm,
  setWorkerUrl,
  type GeoJSONSource,
  type MapLayerMouseEvent,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { eventShapeCodes, MALI, membersAt, statusAt, type AtlasIndex } from '../data/atlasIndex';
import { labelsQuery, shapesQuery } from '../data/queries';
import { useT } from '../i18n/useT';
import { useSelectedYear } from '../state/hooks';
import { useStoreApi } from '../state/StoreContext';
import type { AtlasState } from '../state/store';
import { prefersReducedMotion } from '../app/useReducedMotion';
import { createStyle } from './layers';
import { createFeatureStateWriter } from './featureStates';
import { drawLabels, MapLabels } from './MapLabels';
import { boundsOf, involvedCodes, linkFeatures } from './mapFeatures';
import type { PlacedLabel } from './svgMap';
import {
  COUNTRIES_SOURCE,
  LAYER_IDS,
  LINKS_SOURCE,
  OUTLINES_SOURCE,
  REGION_BOUNDS,
  WORLD_BOUNDS,
} from './mapConstants';
import { MapTooltip, type HoverInfo } from './MapTooltip';
import { markMapReady, registerMapImage } from './mapReadiness';
import { SvgMapView } from './SvgMapView';
import { useCrashProbe } from '../app/crashProbe';

setWorkerUrl(workerUrl);
// MapLibre's worker (a 520 kB script to load and compile) starts as this chunk is evaluated, while
// the page waits for its data, instead of when the map is created (measured by npm run bench).
prewarm();

/** The map as shown, labels included, as a PNG data URL (for the printed handout). */
function mapPicture(canvas: HTMLCanvasElement, labels: readonly PlacedLabel[]): string {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d');
  if (!context) return canvas.toDataURL('image/png');
  context.drawImage(canvas, 0, 0);
  const font = getComputedStyle(canvas).fontFamily || 'sans-serif';
  drawLabels(context, labels, canvas.width / Math.max(1, canvas.clientWidth), font);
  return copy.toDataURL('image/png');
}

export interface MapViewProps {
  /** Undefined while the data files load: the map starts without them and colours on arrival. */
  index: AtlasIndex | undefined;
  /** In an embed: wheel zoom needs Ctrl/Cmd and touch needs two fingers, so articles scroll. */
  cooperativeGestures?: boolean;
}

type MapStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'no-webgl' }
  | { kind: 'failed'; detail: string };

/**
 * Asked only once MapLibre has failed, to tell a browser without WebGL2 from another failure:
 * a throwaway context costs about a second on a software renderer (measured by bench/profile.ts).
 */
function hasWebGl2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

export function MapView({ index, cooperativeGestures = false }: MapViewProps) {
  useCrashProbe('map');
  const store = useStoreApi();
  const { t } = useT();
  const year = useSelectedYear();
  // MapLibre gets a box of its own: when it fails half-built, React removes the box and
  // whatever MapLibre left in it, and the SVG drawing takes its place.
  const containerRef = useRef<HTMLDivElement>(null);
  // Read once when the map is built; the embed never switches gesture modes at run time.
  const gestures = useRef(cooperativeGestures);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [status, setStatus] = useState<MapStatus>({ kind: 'loading' });
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const placedLabels = useRef<readonly PlacedLabel[]>([]);
  // True while the camera still shows the view's opening frame (nobody has moved it).
  const openingFrame = useRef(true);
  const onLabelsPlaced = useCallback((placed: readonly PlacedLabel[]) => {
    placedLabels.current = placed;
  }, []);
  // Without WebGL the SVG drawing stands in; the map is ready once it is drawn.
  const [fallbackDrawn, setFallbackDrawn] = useState(false);
  const markFallbackDrawn = useCallback(() => setFallbackDrawn(true), []);
  const queryClient = useQueryClient();
  // The shapes MapLibre already has, so they are not sent to its worker a second time.
  const uploadedShapes = useRef<unknown>(null);
  const shapes = useQuery(shapesQuery());
  const labels = useQuery(labelsQuery());

  // Create the map once; StrictMode's second mount gets a fresh one after remove().
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let instance: MapLibreMap;
    const initialShapes = queryClient.getQueryData(shapesQuery().queryKey);
    try {
      instance = new MapLibreMap({
        container,
        style: createStyle(initialShapes),
        bounds: store.getState().view === 'world' ? WORLD_BOUNDS : REGION_BOUNDS,
        fitBoundsOptions: { padding: 12 },
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        renderWorldCopies: false,
        // Keeps the last frame readable so the printed handout can carry the map as shown.
        canvasContextAttributes: { preserveDrawingBuffer: true },
        minZoom: 0.5,
        maxZoom: 7,
        cooperativeGestures: gestures.current,
      });
    } catch (error) {
      setStatus(
        hasWebGl2()
          ? { kind: 'failed', detail: error instanceof Error ? error.message : String(error) }
          : { kind: 'no-webgl' },
      );
      return;
    }
    instance.touchZoomRotate.disableRotation();
    // The container is the one region named for the map (and carries data-ready); MapLibre's
    // canvas would otherwise be a second "Map" region.
    const canvas = instance.getCanvas();
    canvas.removeAttribute('role');
    canvas.removeAttribute('aria-label');
    uploadedShapes.current = initialShapes ?? null;
    let alive = true;
    let removed = false;
    const remove = () => {
      if (removed) return;
      removed = true;
      registerMapImage(() => null);
      instance.remove();
    };
    registerMapImage(() => {
      try {
        return mapPicture(instance.getCanvas(), placedLabels.current);
      } catch {
        return null;
      }
    });
    instance.on('load', () => {
      if (alive) setMap(instance);
    });
    // The map starts while the page is still laying itself out: until the reader or an event
    // moves the camera, a new size frames the view again rather than keep a zoom chosen for a
    // box of another size.
    instance.on('movestart', (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) openingFrame.current = false;
    });
    instance.on('resize', () => {
      if (!openingFrame.current) return;
      const bounds = store.getState().view === 'world' ? WORLD_BOUNDS : REGION_BOUNDS;
      instance.fitBounds(bounds, { padding: 12, duration: 0 });
    });
    instance.on('webglcontextlost', () => {
      // MapLibre also fires this, synthetically, when its workers restart, and then rebuilds
      // the style itself; only a context that is really lost sends the map to the SVG drawing.
      if (!alive || instance.getCanvas().getContext('webgl2')?.isContextLost() !== true) return;
      setMap(null);
      setStatus({ kind: 'no-webgl' });
      remove();
    });
    return () => {
      alive = false;
      setMap(null);
      remove();
    };
  }, [store, queryClient]);

  // One writer of feature-state per source for each map, shared by every effect below: the
  // fill's status, and the outlines' selection, hover and membership.
  const states = useMemo(
    () =>
      map
        ? {
            fill: createFeatureStateWriter((id, patch) =>
              map.setFeatureState({ source: COUNTRIES_SOURCE, id }, patch),
            ),
            outline: createFeatureStateWriter((id, patch) =>
              map.setFeatureState({ source: OUTLINES_SOURCE, id }, patch),
            ),
            link: createFeatureStateWriter((id, patch) =>
              map.setFeatureState({ source: LINKS_SOURCE, id }, patch),
            ),
          }
        : null,
    [map],
  );

  // Geometry is uploaded once, without waiting for the data files; from then on only
  // feature-state changes.
  useEffect(() => {
    if (!map || !shapes.data || shapes.data === uploadedShapes.current) return;
    uploadedShapes.current = shapes.data;
    void map.getSource<GeoJSONSource>(COUNTRIES_SOURCE)?.setData(shapes.data);
    void map.getSource<GeoJSONSource>(OUTLINES_SOURCE)?.setData(shapes.data);
  }, [map, shapes.data]);

  // Statuses, selection, links and camera follow the store. The map is ready at the first idle
  // after the countries have their colours.
  useEffect(() => {
    if (!map || !states || !shapes.data || !index) return;
    const shapeData = shapes.data;
    const applyStatuses = (year: number) => {
      for (const country of index.countries) {
        states.fill.set(country.iso3, { status: statusAt(country, year) });
      }
    };
    const linkable = index.countries.filter((c) => c.capital && c.iso3 !== MALI).map((c) => c.iso3);
    void map.getSource<GeoJSONSource>(LINKS_SOURCE)?.setData(linkFeatures(index, linkable));
    let marked: string[] = [];
    const applySelection = (state: AtlasState) => {
      const involved = new Set(
        involvedCodes(index, state.year, state.event).filter((c) => c !== MALI),
      );
      const highlightEvent = state.event !== null;
      const next = new Set([...involved, ...(state.country ? [state.country] : [])]);
      for (const code of marked) {
        if (!next.has(code)) states.outline.set(code, { selected: false, involved: false });
      }
      for (const code of next) {
        states.outline.set(code, {
          selected: code === state.country,
          involved: highlightEvent && involved.has(code),
        });
      }
      marked = [...next];
      for (const code of linkable) states.link.set(code, { linked: involved.has(code) });
      states.link.set(MALI, { linked: linkable.some((code) => involved.has(code)) });
    };
    const fitCamera = (state: AtlasState, previous: AtlasState | null) => {
      const animate = !prefersReducedMotion();
      const options = { padding: 24, duration: animate ? 800 : 0, maxZoom: 5 };
      const event = state.event ? index.eventsById.get(state.event) : undefined;
      if (event && state.event !== previous?.event) {
        const bounds = boundsOf(shapeData, [...eventShapeCodes(index, event), MALI]);
        if (bounds) {
          openingFrame.current = false;
          map.fitBounds(bounds, options);
        }
        return;
      }
      if (previous && state.view !== previous.view) {
        openingFrame.current = true;
        map.fitBounds(state.view === 'world' ? WORLD_BOUNDS : REGION_BOUNDS, options);
      }
    };
    let members: string[] = [];
    const applyMembers = (state: AtlasState) => {
      const next = state.org ? membersAt(index, state.org, state.year) : [];
      for (const code of members) {
        if (!next.includes(code)) states.outline.set(code, { member: false });
      }
      for (const code of next) states.outline.set(code, { member: true });
      members = next;
    };
    const initial = store.getState();
    applyStatuses(initial.year);
    applySelection(initial);
    applyMembers(initial);
    if (initial.event) fitCamera(initial, null);
    let alive = true;
    map.once('idle', () => {
      if (!alive) return;
      setStatus((current) => (current.kind === 'loading' ? { kind: 'ready' } : current));
      markMapReady(() => [
        ...new Set(
          map
            .queryRenderedFeatures({ layers: [LAYER_IDS.fill] })
            .map((f) => String(f.properties.iso3)),
        ),
      ]);
    });
    map.triggerRepaint();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.year !== previous.year) applyStatuses(state.year);
      if (
        state.year !== previous.year ||
        state.event !== previous.event ||
        state.country !== previous.country
      ) {
        applySelection(state);
      }
      if (state.year !== previous.year || state.org !== previous.org) applyMembers(state);
      if (state.event !== previous.event || state.view !== previous.view)
        fitCamera(state, previous);
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [map, states, shapes.data, index, store]);

  // Hover and click.
  useEffect(() => {
    if (!map || !states || !index) return;
    let hovered: string | null = null;
    const setHovered = (code: string | null) => {
      if (hovered === code) return;
      if (hovered) states.outline.set(hovered, { hover: false });
      if (code) states.outline.set(code, { hover: true });
      hovered = code;
    };
    const codeOf = (event: MapLayerMouseEvent): string | null => {
      const properties: Record<string, unknown> = event.features?.[0]?.properties ?? {};
      const value = properties.iso3;
      return typeof value === 'string' ? value : null;
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

  return (
    <div className="map-view">
      <div
        className="map-canvas"
        data-testid="map"
        data-ready={
          status.kind === 'ready' || (status.kind === 'no-webgl' && fallbackDrawn)
            ? 'true'
            : 'false'
        }
        role="region"
        aria-label={t('map.label', { year })}
      >
        {status.kind !== 'no-webgl' && <div ref={containerRef} className="map-gl" />}
        {/* The names of the time (Upper Volta, Dahomey, USSR) in the reader's language. */}
        {map && status.kind === 'ready' && index && labels.data && (
          <MapLabels map={map} index={index} labels={labels.data} onPlaced={onLabelsPlaced} />
        )}
        {status.kind === 'no-webgl' && shapes.data && index && (
          <SvgMapView
            index={index}
            shapes={shapes.data}
            labels={labels.data}
            onDrawn={markFallbackDrawn}
          />
        )}
      </div>
      {status.kind === 'loading' && (
        <p className="map-status" role="status">
          {t('loading.map')}
        </p>
      )}
      {status.kind === 'no-webgl' && !shapes.isError && (
        <p className="map-status map-notice" role="status">
          {t('map.fallbackNotice')}
        </p>
      )}
      {shapes.isError && (
        <p className="map-status map-status-error" role="alert">
          {shapes.error.message}
        </p>
      )}
      {status.kind === 'failed' && (
        <p className="map-status map-status-error" role="alert">
          {t('error.mapFailed', { detail: status.detail })}
        </p>
      )}
      {hover && index && <MapTooltip index={index} info={hover} />}
    </div>
  );
}
