/**
 * The map's code (MapLibre is most of the bytes) is loaded apart from the rest, and started as
 * early as the page starts. React.lazy would do the loading, but Suspense holds back the reveal
 * of a resolved boundary for up to 300 ms to batch reveals, which delayed the map's start by as
 * much (measured by npm run bench); this shows the map as soon as its code is there.
 */
import { useEffect, useState } from 'react';
import { useHydrated } from '../ui/useHydrated';

type MapModule = typeof import('./MapView');

let loading: Promise<MapModule> | null = null;
/** Set once the code is there, so a view mounted after that draws the map on its first render. */
let loaded: MapModule | null = null;

/** Starts loading the map's code, once; a failed load is tried again on the next call. */
export function loadMapModule(): Promise<MapModule> {
  loading ??= import('./MapView').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The map's module once loaded; a load that fails is thrown to the view's error boundary. */
export function useMapModule(): MapModule | null {
  const [state, setState] = useState<{ module: MapModule | null; error: Error | null }>(() => ({
    module: loaded,
    error: null,
  }));
  useEffect(() => {
    let alive = true;
    loadMapModule().then(
      // Already drawn with it when the code had arrived before the first render.
      (module) =>
        alive && setState((now) => (now.module === module ? now : { module, error: null })),
      (error: unknown) =>
        alive &&
        setState({
          module: null,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
    return () => {
      alive = false;
    };
  }, []);
  if (state.error) throw state.error;
  // The first screen written at build time shows the map loading: so does the render that takes
  // it over, even when the code has arrived by then.
  const hydrated = useHydrated();
  return hydrated ? (state.module ?? loaded) : null;
}
