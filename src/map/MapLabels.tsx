/**
 * The country names over the MapLibre map, drawn as SVG text by the same placement as the SVG
 * fallback (by rank, dropping what would overlap). MapLibre's own symbol layer was the costliest
 * part of the map on a software renderer: a text shader that took about half a second to
 * compile, glyphs drawn for it in the page, the font fetched a second time, and each change of
 * name laid out again in its worker (measured by npm run bench). Here a year that renames a
 * country rewrites one text element, and the page's own font draws it.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import type { LabelsFile } from '../data/geoSchemas';
import { useT } from '../i18n/useT';
import { useSelectedCountry, useSelectedEvent, useSelectedYear } from '../state/hooks';
import { labelFeatures, type LabelProperties } from './mapFeatures';
import { SvgLabels } from './svg/SvgLabels';
import { placeLabels, type PlacedLabel } from './svg/svgMap';

export interface MapLabelsProps {
  map: MapLibreMap;
  index: AtlasIndex;
  labels: LabelsFile;
  /** The labels as last placed, for the printed map picture. */
  onPlaced: (placed: readonly PlacedLabel[]) => void;
}

const keyOf = (collection: FeatureCollection<Point, LabelProperties>) =>
  collection.features.map((f) => `${f.properties.name}:${String(f.properties.rank)}`).join('|');

export function MapLabels({ map, index, labels, onPlaced }: MapLabelsProps) {
  const { lang } = useT();
  const year = useSelectedYear();
  const country = useSelectedCountry();
  const event = useSelectedEvent();
  const features = useMemo(
    () => labelFeatures(index, labels, year, lang, { country, event }),
    [index, labels, year, lang, country, event],
  );
  // Most years rename nobody: the placement is redone only when a name changes, or a choice
  // changes which names come first.
  const key = keyOf(features);
  const [shown, setShown] = useState({ features, key });
  if (shown.key !== key) setShown({ features, key });
  const [placed, setPlaced] = useState<PlacedLabel[]>([]);
  // Screen points of the label anchors for the current camera: a renaming year reuses them.
  const points = useRef(new Map<string, [number, number]>());

  useLayoutEffect(() => {
    const place = () => {
      // The canvas's own size, not the element's: reading clientWidth here would force a
      // layout of the page that React has just changed.
      const canvas = map.getCanvas();
      const ratio = map.getPixelRatio();
      setPlaced(
        placeLabels(
          shown.features,
          (lngLat) => {
            const key = lngLat.join();
            let point = points.current.get(key);
            if (!point) {
              const { x, y } = map.project(lngLat);
              point = [x, y];
              points.current.set(key, point);
            }
            return point;
          },
          { width: canvas.width / ratio, height: canvas.height / ratio },
        ),
      );
    };
    const moved = () => {
      points.current.clear();
      place();
    };
    place();
    map.on('move', moved);
    map.on('resize', moved);
    return () => {
      map.off('move', moved);
      map.off('resize', moved);
    };
  }, [map, shown]);

  useEffect(() => onPlaced(placed), [placed, onPlaced]);

  return (
    <svg className="map-labels" aria-hidden="true">
      <SvgLabels labels={placed} />
    </svg>
  );
}
