/**
 * Makes the file the Download image button saves: a PNG composed on a canvas (the map drawing,
 * its names, the legend, the year, the selection, the atlas's name and the link), or the map
 * drawing alone as SVG. Loaded on demand (DownloadImage imports it when pressed): the page's
 * first screen never carries it.
 *
 * The canvas calls live here and nowhere else; where things go is pictureLayout.ts (pure).
 */
import type { AtlasIndex } from '../data/atlasIndex';
import type { LabelsFile, ShapesFile } from '../data/geoSchemas';
import type { Language } from '../i18n/messages';
import { drawLabels } from '../map/drawLabels';
import { pictureDrawing, type PictureView } from '../map/svg/SvgMapPicture';
import { UI_COLOURS } from '../theme/palette';
import {
  MAP_ZOOM,
  PICTURE_FONT_FAMILY,
  PICTURE_SIZE,
  PNG_SCALE,
  type PictureFormat,
} from './pictureConstants';
import {
  fontOf,
  layoutPicture,
  type PictureLayout,
  type PictureText,
  type PlacedSwatch,
} from './pictureLayout';
import { PictureError } from './pictureError';
import { drawMapSvg, svgFileText, svgWithoutText } from './pictureSvg';

export interface PictureRequest {
  index: AtlasIndex;
  shapes: ShapesFile;
  labels: LabelsFile | undefined;
  view: PictureView;
  lang: Language;
  /** The map's accessible name, also the SVG file's <title>. */
  mapTitle: string;
  text: PictureText;
  format: PictureFormat;
}

export async function makePicture(request: PictureRequest): Promise<Blob> {
  if (request.format === 'svg') {
    // The map alone, framed as in the picture: 16∶9 at the size the picture draws it.
    const svg = drawMapSvg({
      ...drawingProps(request),
      width: PICTURE_SIZE.width / MAP_ZOOM,
      height: PICTURE_SIZE.height / MAP_ZOOM,
    });
    return new Blob([svgFileText(svg)], { type: 'image/svg+xml' });
  }
  return composePng(request, PNG_SCALE[request.format]);
}

function drawingProps({ index, shapes, labels, view, lang, mapTitle }: PictureRequest) {
  return { index, shapes, labels, view, lang, title: mapTitle };
}

async function composePng(request: PictureRequest, scale: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new PictureError('canvas');
  const { text } = request;
  await fontsLoaded([
    text.atlasName,
    text.year,
    text.headline,
    text.legendTitle,
    text.link,
    text.credit,
    ...text.legend.map((entry) => entry.label),
  ]);
  const layout = layoutPicture(text, (line, font) => {
    context.font = font;
    return context.measureText(line).width;
  });

  const { width, height } = layout.mapDrawing;
  const svg = drawMapSvg({ ...drawingProps(request), width, height });
  const { placed } = pictureDrawing({ ...drawingProps(request), width, height });
  await fontsLoaded(placed.flatMap((label) => label.lines.map((line) => line.text)));
  const map = await loadImage(
    svgWithoutText(
      svg,
      Math.round(layout.map.width * scale),
      Math.round(layout.map.height * scale),
    ),
  );

  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  context.scale(scale, scale);
  context.fillStyle = UI_COLOURS.bg;
  context.fillRect(0, 0, layout.width, layout.height);
  paintMap(context, layout, map, placed);
  paintSwatches(context, layout.swatches);
  paintTexts(context, layout);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new PictureError('canvas'))),
      'image/png',
    ),
  );
}

/** The page's Noto Sans, regular and bold, for these texts (each subset loads on demand). */
async function fontsLoaded(texts: readonly string[]): Promise<void> {
  if (typeof document.fonts === 'undefined') return;
  const sample = texts.join(' ');
  // A font the page cannot load leaves the system's fallback: the picture is still made.
  await Promise.allSettled([
    document.fonts.load(fontOf(20), sample),
    document.fonts.load(fontOf(20, true), sample),
  ]);
  await document.fonts.ready;
}

async function loadImage(svgText: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } catch {
    throw new PictureError('map');
  } finally {
    URL.revokeObjectURL(url);
  }
}

function paintMap(
  context: CanvasRenderingContext2D,
  { map }: PictureLayout,
  image: HTMLImageElement,
  placed: Parameters<typeof drawLabels>[1],
): void {
  context.drawImage(image, map.x, map.y, map.width, map.height);
  context.save();
  context.beginPath();
  context.rect(map.x, map.y, map.width, map.height);
  context.clip();
  context.translate(map.x, map.y);
  drawLabels(context, placed, MAP_ZOOM, PICTURE_FONT_FAMILY);
  context.restore();
  context.strokeStyle = UI_COLOURS.line;
  context.lineWidth = 1;
  context.strokeRect(map.x + 0.5, map.y + 0.5, map.width - 1, map.height - 1);
}

function paintSwatches(context: CanvasRenderingContext2D, swatches: readonly PlacedSwatch[]) {
  for (const { swatch, colour, x, y, width, height } of swatches) {
    context.save();
    if (swatch === 'fill') {
      context.fillStyle = colour;
      context.fillRect(x, y, width, height);
      context.strokeStyle = UI_COLOURS.swatchEdge;
      context.lineWidth = 1;
      context.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1);
    } else if (swatch === 'link') {
      context.strokeStyle = colour;
      context.lineWidth = 3;
      context.lineCap = 'round';
      context.setLineDash([6, 5]);
      context.beginPath();
      context.moveTo(x + 1.5, y + height / 2);
      context.lineTo(x + width - 1.5, y + height / 2);
      context.stroke();
    } else {
      context.strokeStyle = colour;
      context.lineWidth = 3;
      context.setLineDash([5, 3]);
      context.strokeRect(x + 1.5, y + 1.5, width - 3, height - 3);
    }
    context.restore();
  }
}

const TEXT_COLOURS = {
  atlasName: UI_COLOURS.accent,
  year: UI_COLOURS.text,
  headline: UI_COLOURS.text,
  legendTitle: UI_COLOURS.text,
  legend: UI_COLOURS.text,
  footer: UI_COLOURS.muted,
} as const;

function paintTexts(context: CanvasRenderingContext2D, { texts }: PictureLayout) {
  context.textBaseline = 'alphabetic';
  for (const { role, text, x, y, font, align } of texts) {
    context.font = font;
    context.fillStyle = TEXT_COLOURS[role];
    context.textAlign = align;
    context.fillText(text, x, y);
  }
}
