/**
 * The least a page can do to show the atlas's shapes: MapLibre, one GeoJSON source fetched by
 * the worker, one fill layer. Built by Vite like the app, so both ship minified MapLibre the
 * same way; the atlas's map-ready time is compared with this page's first 'idle'.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl, type LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

/** Set by the bench (bench/lib/baselines.ts) before the page loads: the app's camera and size. */
export interface MaplibreBaselineConfig {
  shapesUrl: string;
  bounds: LngLatBoundsLike;
  padding: number;
  width: number;
  height: number;
  /** The countries the atlas recolours on a year change. */
  recolorCodes: string[];
}

/** What the bench and this page hand each other. */
export interface BaselineWindow {
  __benchBaseline?: MaplibreBaselineConfig;
  /** Set once the map is idle: the bench's stand-in for a year change on this page. */
  __benchBaselineRecolor?: (step: number) => void;
}

const COLOURS = ['#1a7f3c', '#6fb26f', '#c9b458', '#d9822b', '#b33a3a', '#7a7a7a'];

/**
 * The least a year change can cost on this map: new feature-state for the same countries,
 * which is how the atlas recolours them. The bench times it like the atlas's year change.
 */
function recolor(map: MapLibreMap, codes: readonly string[], step: number): void {
  for (const [index, code] of codes.entries()) {
    const colour = COLOURS[(step + index) % COLOURS.length] ?? '#7a7a7a';
    map.setFeatureState({ source: 'countries', id: code }, { colour });
  }
}

function start(config: MaplibreBaselineConfig): void {
  const container = document.getElementById('map');
  if (!container) throw new Error('maplibre.html has no #map element');
  container.style.width = `${String(config.width)}px`;
  container.style.height = `${String(config.height)}px`;
  setWorkerUrl(workerUrl);
  const map = new MapLibreMap({
    container,
    style: {
      version: 8,
      sources: { countries: { type: 'geojson', data: config.shapesUrl, promoteId: 'iso3' } },
      layers: [
        {
          id: 'countries-fill',
          type: 'fill',
          source: 'countries',
          paint: {
            'fill-color': ['coalesce', ['feature-state', 'colour'], '#d9d4c7'],
            'fill-outline-color': '#8a8577',
          },
        },
      ],
    },
    bounds: config.bounds,
    fitBoundsOptions: { padding: config.padding },
    attributionControl: false,
    renderWorldCopies: false,
  });
  map.once('idle', () => {
    performance.mark('baseline:map-idle');
    container.dataset.ready = 'true';
    (window as BaselineWindow).__benchBaselineRecolor = (step) =>
      recolor(map, config.recolorCodes, step);
  });
}

const config = (window as BaselineWindow).__benchBaseline;
if (config) start(config);
else document.body.textContent = 'No baseline configuration: run this page through the bench.';
