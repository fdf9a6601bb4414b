/**
 * A still picture of one view of the atlas, drawn as the SVG map draws it (SvgMapView): the
 * same fills by status at the year, outlines, links and labels, framed by the same camera rule.
 * It takes the view as props and reads nothing from the store, so a page can hold several (the
 * printed handout draws one per step of a tour); it has no handlers and no tab stops, as paper
 * has none.
 */
import { useMemo } from 'react';
import { MALI, membersAt, statusAt, type AtlasIndex } from '../../data/atlasIndex';
import type { LabelsFile, ShapesFile } from '../../data/geoSchemas';
import type { Language } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import type { MapFrame } from '../../state/stateConstants';
import { MAP_COLOURS } from '../../theme/palette';
import { selectionCamera } from '../camera';
import { MAP_SIZES } from '../mapConstants';
import { involvedCodes, labelFeatures } from '../mapFeatures';
import { SvgCountries } from './SvgCountries';
import { SvgLabels } from './SvgLabels';
import { SvgLinks } from './SvgLinks';
import { SvgOutlines } from './SvgOutlines';
import { countryShapes, fillOf, fitFrame, placeLabels, project } from './svgMap';

/** What a picture shows: the fields of the selection that change the drawing. */
export interface PictureView {
  year: number;
  country: string | null;
  event: string | null;
  frame: MapFrame;
  org: string | null;
}

/** What {@link pictureDrawing} needs: the data, the view, the drawing's size and the language. */
export interface PictureDrawingInput {
  index: AtlasIndex;
  shapes: ShapesFile;
  /** Label points; without them the picture has no names. */
  labels?: LabelsFile | undefined;
  view: PictureView;
  /** The drawing's size in its own units (its viewBox); CSS may scale it. */
  width: number;
  height: number;
  lang: Language;
}

/** The drawing's input less the language, which the picture takes from the page. */
export interface SvgMapPictureProps extends Omit<PictureDrawingInput, 'lang'> {
  /** The picture's accessible name. */
  title: string;
}

/**
 * The picture's geometry: frame, country paths, fills, outlines and placed labels. Pure, so the
 * downloadable image (src/picture) paints the same labels on its canvas, in the page's own font,
 * that this drawing writes as SVG text.
 */
export function pictureDrawing({
  index,
  shapes,
  labels,
  view: { year, country, event, frame: mapFrame, org },
  width,
  height,
  lang,
}: PictureDrawingInput) {
  const size = { width, height };
  const frame = fitFrame(selectionCamera(index, shapes, { frame: mapFrame, country, event }), size);
  const labelPoints = new Map(
    labels?.features.map((f) => [f.properties.iso3, f.geometry.coordinates]),
  );
  const drawn = countryShapes(shapes, frame, labelPoints);
  const fills = new Map(
    shapes.features.map(({ properties: { iso3 } }) => [
      iso3,
      fillOf(statusAt(index.countriesByIso.get(iso3), year)),
    ]),
  );
  const placed = labels
    ? placeLabels(
        labelFeatures(index, labels, year, lang, { country, event }),
        (lngLat) => project(frame, lngLat),
        size,
      )
    : [];
  return {
    frame,
    drawn,
    byCode: new Map(drawn.map((shape) => [shape.iso3, shape])),
    fills,
    placed,
    involved: involvedCodes(index, year, event).filter((code) => code !== MALI),
    members: org ? membersAt(index, org, year) : [],
  };
}

// A picture has no buttons: SvgCountries draws a country without a name as a plain path.
const NO_BUTTONS: ReadonlyMap<string, string> = new Map();

export function SvgMapPicture({
  index,
  shapes,
  labels,
  view,
  width,
  height,
  title,
}: SvgMapPictureProps) {
  const { lang } = useT();
  const { year, country, event, frame: mapFrame, org } = view;

  const drawing = useMemo(
    () =>
      pictureDrawing({
        index,
        shapes,
        labels,
        view: { year, country, event, frame: mapFrame, org },
        width,
        height,
        lang,
      }),
    [index, shapes, labels, year, country, event, mapFrame, org, lang, width, height],
  );

  // The layers in SvgMapView's order, less what only a pointer or the keyboard shows (hover,
  // focus ring) and less test ids, which must name one element on the page.
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      role="img"
      aria-label={title}
    >
      <title>{title}</title>
      <rect width="100%" height="100%" fill={MAP_COLOURS.water} aria-hidden="true" />
      <SvgCountries
        shapes={drawing.drawn}
        fills={drawing.fills}
        names={NO_BUTTONS}
        tabStop={null}
        selected={country}
      />
      <SvgOutlines
        shapesByCode={drawing.byCode}
        codes={drawing.members}
        colour={MAP_COLOURS.memberOutline}
        width={MAP_SIZES.member}
        dash={MAP_SIZES.memberDash}
      />
      <SvgOutlines
        shapesByCode={drawing.byCode}
        codes={event === null ? [] : drawing.involved}
        colour={MAP_COLOURS.involvedOutline}
        width={MAP_SIZES.involved}
      />
      <SvgOutlines
        shapesByCode={drawing.byCode}
        codes={country ? [country] : []}
        colour={MAP_COLOURS.selectedOutline}
        width={MAP_SIZES.selected}
      />
      <SvgLinks index={index} codes={drawing.involved} frame={drawing.frame} />
      <SvgLabels labels={drawing.placed} />
    </svg>
  );
}
