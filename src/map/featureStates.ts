/**
 * Remembers the feature-state the map was last given and passes on only what differs.
 * MapLibre treats every setFeatureState call as a change and rebuilds the paint arrays of every
 * state-dependent layer for that feature, even when the value is the same; a year change that
 * re-sent all 57 statuses cost several times the recolouring itself (measured by npm run bench).
 */
export type FeatureStateValue = string | number | boolean;
export type FeatureStatePatch = Record<string, FeatureStateValue>;

export interface FeatureStateWriter {
  /** Sends the keys of `patch` whose value differs from the last one sent for `id`. */
  set: (id: string, patch: FeatureStatePatch) => void;
}

export function createFeatureStateWriter(
  apply: (id: string, changed: FeatureStatePatch) => void,
): FeatureStateWriter {
  const known = new Map<string, FeatureStatePatch>();
  return {
    set(id, patch) {
      const current = known.get(id) ?? {};
      let changed: FeatureStatePatch | null = null;
      for (const [key, value] of Object.entries(patch)) {
        if (current[key] === value) continue;
        changed ??= {};
        changed[key] = value;
      }
      if (!changed) return;
      known.set(id, { ...current, ...changed });
      apply(id, changed);
    },
  };
}

/**
 * Shows a layer that starts hidden the first time a feature is given a state it draws (a key
 * of `layerByKey` with a value other than false), once; it then stays shown. A layer shown and
 * hidden again would have its source's tiles dropped and built again.
 */
export function createLayerRevealer(
  layerByKey: ReadonlyMap<string, string>,
  show: (layer: string) => void,
): (patch: FeatureStatePatch) => void {
  const shown = new Set<string>();
  return (patch) => {
    for (const [key, value] of Object.entries(patch)) {
      const layer = layerByKey.get(key);
      if (layer === undefined || value === false || shown.has(layer)) continue;
      shown.add(layer);
      show(layer);
    }
  };
}
