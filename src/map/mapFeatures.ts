/** Pure builders of the small GeoJSON the map redraws: label names and Bamako's links. */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import {
  countryNameInYear,
  eventShapeCodes,
  eventsInYear,
  MALI,
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

/** Labels for the countries the atlas covers, named as they were called in `year`. */
export function labelFeatures(
  index: AtlasIndex,
  labels: LabelsFile,
  year: number,
  lang: Language,
): FeatureCollection<Point, LabelProperties> {
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
        // Mali first, then neighbours, so collisions drop the least relevant labels.
        rank: country.iso3 === MALI ? 0 : country.neighbour ? 1 : 2,
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
