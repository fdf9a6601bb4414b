/**
 * The year's statuses, the selection, the links to Bamako and an organisation's members, written
 * into feature-state from store subscriptions (never through re-renders). The map is ready at the
 * first idle after the countries have their colours.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { MALI, membersAt, statusAt, type AtlasIndex } from '../data/atlasIndex';
import { useStoreApi } from '../state/StoreContext';
import type { AtlasState } from '../state/store';
import {
  createFeatureStateWriter,
  createLayerRevealer,
  type FeatureStateWriter,
} from './featureStates';
import { LAYER_IDS, COUNTRIES_SOURCE, LINKS_SOURCE, OUTLINES_SOURCE } from './mapConstants';
import { involvedCodes, linkFeatures } from './mapFeatures';
import { markMapReady } from './mapReadiness';
import { OUTLINE_LAYER_BY_STATE } from './layers';

export interface MapStates {
  fill: FeatureStateWriter;
  outline: FeatureStateWriter;
  link: FeatureStateWriter;
}

/** One writer of feature-state per source for each map, shared by everything that writes. */
export function useMapStates(map: MapLibreMap | null): MapStates | null {
  return useMemo(() => {
    if (!map) return null;
    const writer = (source: string) =>
      createFeatureStateWriter((id, patch) => map.setFeatureState({ source, id }, patch));
    // Each outline layer starts hidden (see layers.ts) and is shown the first time it has
    // something to draw; the state set just before reaches its tiles when they load.
    const reveal = createLayerRevealer(OUTLINE_LAYER_BY_STATE, (layer) =>
      map.setLayoutProperty(layer, 'visibility', 'visible'),
    );
    const outlines = createFeatureStateWriter((id, patch) => {
      map.setFeatureState({ source: OUTLINES_SOURCE, id }, patch);
      reveal(patch);
    });
    return {
      fill: writer(COUNTRIES_SOURCE),
      outline: outlines,
      link: writer(LINKS_SOURCE),
    };
  }, [map]);
}

/** True once the map has drawn its first coloured frame. */
export function useMapColours(
  map: MapLibreMap | null,
  states: MapStates | null,
  index: AtlasIndex | undefined,
  hasShapes: boolean,
): boolean {
  const store = useStoreApi();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!map || !states || !hasShapes || !index) return;
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
    let alive = true;
    map.once('idle', () => {
      if (!alive) return;
      setReady(true);
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
      const year = state.year !== previous.year;
      if (year) applyStatuses(state.year);
      if (year || state.event !== previous.event || state.country !== previous.country) {
        applySelection(state);
      }
      if (year || state.org !== previous.org) applyMembers(state);
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [map, states, hasShapes, index, store]);

  return ready;
}
