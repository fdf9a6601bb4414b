/**
 * A test hook for the "a crash in one view leaves the others working" journey: with
 * `window.__atlasCrash = 'timeline'` (or 'map', 'panel') set before the page loads, that view
 * throws while rendering. Nothing sets it in normal use.
 */
export function useCrashProbe(view: 'map' | 'timeline' | 'panel'): void {
  const requested: unknown = Reflect.get(window, '__atlasCrash');
  if (requested === view) throw new Error(`Simulated crash in the ${view} view (test hook)`);
}
