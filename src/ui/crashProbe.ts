/**
 * A development-only hook for the "a crash in one part leaves the others working" journey: with
 * `window.__atlasCrash = 'timeline'` (or 'map', 'panel') set before the page loads, that part
 * throws while rendering. Callers guard it with `import.meta.env.DEV`, so the production build
 * carries neither the call nor this module.
 */
export type CrashablePart = 'map' | 'timeline' | 'panel';

export function crashIfProbed(part: CrashablePart): void {
  const requested: unknown = Reflect.get(window, '__atlasCrash');
  if (requested === part) throw new Error(`Simulated crash in the ${part} (test hook)`);
}
