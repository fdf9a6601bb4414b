/**
 * What the printed handout lists: the tour's events (a story's or a lesson's), else the selected
 * country's, else the year's; and for each event its best source (a first-hand one before an
 * encyclopedia), numbered once each, so that the page stays at two sheets. The atlas itself
 * lists every source.
 */
import { eventsInYear, eventsOfCountry, type AtlasIndex } from '../data/atlasIndex';
import { FIRST_HAND_KINDS, type AtlasEvent, type Source } from '../data/schemas';
import type { Tour } from '../lessons/tour';

/** Enough for two A4 pages at print size. */
export const HANDOUT_MAX_EVENTS = 22;

export function handoutEvents(
  index: AtlasIndex,
  selection: { year: number; country: string | null; tour: Tour | undefined },
): AtlasEvent[] {
  let events: AtlasEvent[];
  if (selection.tour) {
    events = tourEvents(index, selection.tour);
  } else if (selection.country) {
    events = eventsOfCountry(index, selection.country);
  } else {
    events = eventsInYear(index, selection.year);
  }
  return events.slice(0, HANDOUT_MAX_EVENTS);
}

/**
 * The events a tour's steps name, in the steps' order, each once. A lesson may name an event
 * this copy of the atlas lacks: it is left out rather than printed blank.
 */
function tourEvents(index: AtlasIndex, tour: Tour): AtlasEvent[] {
  const ids = tour.steps.map((s) => s.event).filter((id) => id !== undefined);
  return [...new Set(ids)].map((id) => index.eventsById.get(id)).filter((e) => e !== undefined);
}

export function handoutSources(events: readonly AtlasEvent[]): Source[] {
  const seen = new Map<string, Source>();
  for (const event of events) {
    const best = event.sources.find((s) => FIRST_HAND_KINDS.has(s.kind)) ?? event.sources[0];
    if (best && !seen.has(best.id)) seen.set(best.id, best);
  }
  return [...seen.values()];
}
