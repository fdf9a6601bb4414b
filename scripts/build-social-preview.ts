/**
 * The picture a shared link shows as its card (Open Graph and Twitter tags, vite.config.ts):
 * the map of Mali and its neighbours as the atlas opens, drawn by the same component as the
 * no-WebGL map and the printed handout, with the atlas's name. Written at build time to
 * public/social-preview.png (1200×630, the size the card formats ask for), from the built data.
 *
 * No browser is needed: React renders the SVG, opentype.js turns the title into outlines (so the
 * rasteriser needs no installed font and every machine draws the same letters), and resvg
 * rasterises it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { z } from 'zod';
import { buildAtlasIndex } from '../src/data/atlasIndex.ts';
import { shapesFileSchema } from '../src/data/geoSchemas.ts';
import {
  contextFileSchema,
  countriesFileSchema,
  eventsFileSchema,
  shippedSourcesFileSchema,
} from '../src/data/schemas.ts';
import { resolveSourceRefs, shippedCatalogue } from '../src/data/sourceRefs.ts';
import { LanguageContext } from '../src/i18n/useT.ts';
import { translate } from '../src/i18n/translate.ts';
import { SvgMapPicture } from '../src/map/svg/SvgMapPicture.tsx';
import { DEFAULT_YEAR, FIRST_YEAR } from '../src/state/stateConstants.ts';
import { MAP_COLOURS } from '../src/theme/palette.ts';
import { isEntryPoint } from './isEntryPoint.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
const BAND_HEIGHT = 150;
const ROOT = resolve(import.meta.dirname, '..');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, 'public', 'data', file), 'utf8'));
}

/**
 * The shipped files as the atlas reads them: records citing sources by id get the catalogue's,
 * which is read once for all of them.
 */
function dataReader(): <T>(file: string, schema: z.ZodType<T>) => T {
  const catalogue = shippedCatalogue(shippedSourcesFileSchema.parse(readJson('sources.json')));
  return (file, schema) => schema.parse(resolveSourceRefs(file, readJson(file), catalogue).value);
}

function fontFile(weight: 400 | 700): opentype.Font {
  const file = join(
    ROOT,
    'node_modules/@fontsource/noto-sans/files',
    `noto-sans-latin-${String(weight)}-normal.woff`,
  );
  const bytes = readFileSync(file);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** A line of text as one SVG path, so no font has to be installed where the picture is drawn. */
function textPath(font: opentype.Font, text: string, x: number, y: number, size: number): string {
  return font.getPath(text, x, y, size).toPathData(1);
}

/** The card as SVG: the map, and a band with the atlas's name and its years. */
export function socialPreviewSvg(): string {
  const readData = dataReader();
  const index = buildAtlasIndex(
    readData('events.json', eventsFileSchema),
    readData('countries.json', countriesFileSchema),
    readData('context.json', contextFileSchema),
  );
  // The shapes cite nothing: read as they are.
  const shapes = shapesFileSchema.parse(readJson('shapes.json'));
  const title = translate('en', 'app.title');
  const map = renderToStaticMarkup(
    createElement(
      LanguageContext.Provider,
      { value: 'en' },
      createElement(SvgMapPicture, {
        index,
        shapes,
        view: { year: DEFAULT_YEAR, country: null, event: null, frame: 'region', org: null },
        width: PREVIEW_WIDTH,
        height: PREVIEW_HEIGHT - BAND_HEIGHT,
        title,
      }),
    ),
  );
  const bold = fontFile(700);
  const regular = fontFile(400);
  const bandTop = PREVIEW_HEIGHT - BAND_HEIGHT;
  const subtitle = `Foreign relations of Mali, ${String(FIRST_YEAR)}–${String(DEFAULT_YEAR)} · Relations extérieures du Mali`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(PREVIEW_WIDTH)}" height="${String(PREVIEW_HEIGHT)}" viewBox="0 0 ${String(PREVIEW_WIDTH)} ${String(PREVIEW_HEIGHT)}">`,
    map.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" x="0" y="0" '),
    `<rect x="0" y="${String(bandTop)}" width="${String(PREVIEW_WIDTH)}" height="${String(BAND_HEIGHT)}" fill="${MAP_COLOURS.mali}"/>`,
    `<path fill="#ffffff" d="${textPath(bold, title, 48, bandTop + 72, 56)}"/>`,
    `<path fill="#ffffff" d="${textPath(regular, subtitle, 48, bandTop + 118, 28)}"/>`,
    '</svg>',
  ].join('');
}

export function writeSocialPreview(): { file: string; bytes: number } {
  const png = new Resvg(socialPreviewSvg(), {
    font: { loadSystemFonts: false },
    fitTo: { mode: 'width', value: PREVIEW_WIDTH },
  })
    .render()
    .asPng();
  const file = join(ROOT, 'public', 'social-preview.png');
  writeFileSync(file, png);
  return { file: 'public/social-preview.png', bytes: png.byteLength };
}

if (isEntryPoint(import.meta.url)) {
  try {
    const { file, bytes } = writeSocialPreview();
    console.log(`social preview: ${file} (${String(Math.round(bytes / 1024))} kB)`);
  } catch (error) {
    console.error(
      'social preview: the card picture could not be drawn (run npm run data:build first).',
      error,
    );
    process.exitCode = 1;
  }
}
