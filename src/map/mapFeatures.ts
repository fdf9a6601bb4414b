/** Pure builders of the small GeoJSON the map redraws: label names and Bamako's links. */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import {
  countryNameInYear,
  eventShapeCodes,
  eventsInYear,
  MALI,
  shapeCodeOf,
  type AtlasIndex,
} from '../data/atlasIndex';
import type { LabelsFile } from '../data/geoSchemas';
import type { Language } from '../i18n/messages';
import { BAMAKO } from './mapConstants';

export interface LabelProperties {
  iso3: string;
  name: string;
  rank: number;
}

/**
 * The order labels are placed in, lowest first, so collisions drop the least relevant names:
 * the chosen country (kept even near the map's edge), Mali, the countries of the chosen event,
 * Mali's neighbours, the rest.
 */
export const LABEL_RANK = { chosen: 0, mali: 1, involved: 2, neighbour: 3, other: 4 } as const;

/** What the reader has chosen, which the labels put first. */
export interface LabelChoice {
  country: string | null;
  event: string | null;
}

const NOTHING_CHOSEN: LabelChoice = { country: null, event: null };

/** Labels for the countries the atlas covers, named as they were called in `year`. */
export function labelFeatures(
  index: AtlasIndex,
  labels: LabelsFile,
  year: number,
  lang: Language,
  choice: LabelChoice = NOTHING_CHOSEN,
): FeatureCollection<Point, LabelProperties> {
  // Labels are keyed by the shape's code: the USSR chosen is Russia's label.
  const chosen = choice.country ? shapeCodeOf(choice.country, index.historicalCodes) : null;
  const event = choice.event ? index.eventsById.get(choice.event) : undefined;
  const involved = new Set(event ? eventShapeCodes(index, event) : []);
  const rankOf = (iso3: string, neighbour: boolean) => {
    if (iso3 === chosen) return LABEL_RANK.chosen;
    if (iso3 === MALI) return LABEL_RANK.mali;
    if (involved.has(iso3)) return LABEL_RANK.involved;
    return neighbour ? LABEL_RANK.neighbour : LABEL_RANK.other;
  };
  const features: Feature<Point, LabelProperties>[] = [];
  for (const label of labels.features) {
    const country = index.countriesByIso.get(label.properties.iso3);
    if (!country) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: label.geometry.coordinates },
      properties: {
        iso3: country.iso3,
        name: countryNameInYear(index, country, year)[lang],
        rank: rankOf(country.iso3, country.neighbour),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Shape codes involved in the selected event, or in every event of the year. */
export function involvedCodes(index: AtlasIndex, year: number, eventId: string | null): string[] {
  const event = eventId ? index.eventsById.get(eventId) : undefined;
  const events = event ? [event] : eventsInYear(index, year);
  return [...new Set(events.flatMap((e) => eventShapeCodes(index, e)))];
}

/** Lines from Bamako to each involved capital, plus the capitals as points. */
export function linkFeatures(
  index: AtlasIndex,
  codes: readonly string[],
): FeatureCollection<LineString | Point, { iso3: string }> {
  const features: Feature<LineString | Point, { iso3: string }>[] = [];
  for (const code of codes) {
    if (code === MALI) continue;
    const capital = index.countriesByIso.get(code)?.capital;
    if (!capital) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [BAMAKO, capital] },
      properties: { iso3: code },
    });
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: capital },
      properties: { iso3: code },
    });
  }
  if (features.length > 0) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: BAMAKO },
      properties: { iso3: MALI },
    });
  }
  return { type: 'FeatureCollection', features };
}
