import { organisationsWithMembers, type AtlasIndex } from '../data/atlasIndex';
import type { KnownIds } from './readLesson';

/** What a lesson may name: what the selection guards would keep (state/selectionGuards.ts). */
export function knownIdsOf(index: AtlasIndex): KnownIds {
  const orgs = new Set<string>(organisationsWithMembers(index).map((o) => o.id));
  return {
    country: (iso3) => index.countriesByIso.has(iso3),
    event: (id) => index.eventsById.has(id),
    org: (id) => orgs.has(id),
  };
}
