/**
 * What the map tells the page's test hook and the benchmark: whether it has become idle once,
 * and which countries it has drawn (asked of MapLibre, so tests need no pixel reading).
 */
let ready = false;
let renderedCountries: () => string[] = () => [];
const readyListeners: (() => void)[] = [];

export function markMapReady(queryRendered: () => string[]): void {
  renderedCountries = queryRendered;
  if (ready) return;
  ready = true;
  performance.mark('atlas:map-ready');
  for (const listener of readyListeners.splice(0)) listener();
}

/** Runs `listener` once the map is first ready (at once if it already is). */
export function onMapReady(listener: () => void): void {
  if (ready) listener();
  else readyListeners.push(listener);
}

export function isMapReady(): boolean {
  return ready;
}

export function getRenderedCountries(): string[] {
  return renderedCountries();
}

let mapImage: () => string | null = () => null;

/** The map as shown, as a PNG data URL, for the printed handout. */
export function registerMapImage(snapshot: () => string | null): void {
  mapImage = snapshot;
}

export function getMapImage(): string | null {
  return mapImage();
}
