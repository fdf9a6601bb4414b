/**
 * Where everything goes in the downloadable picture, in layout units of a 1200×675 picture (a
 * PNG multiplies them by its scale): the atlas's name and the headline at the top, the year large
 * at the top right, the map on the left, its legend on the right, the link to the view and the
 * credit for the shapes at the bottom. Type is large, for a slide seen from the back of a
 * classroom; long texts wrap, then shrink, then end in an ellipsis, never overlap.
 *
 * Pure: text is measured through a function the caller passes (the canvas's measureText in the
 * browser, an estimate in the tests), so the layout is tested without a canvas.
 */
import type { LegendSwatch } from '../theme/legendKeys';
import { MAP_ZOOM, PICTURE_FONT_FAMILY, PICTURE_SIZE } from './pictureConstants';

/** The width of a text in a CSS font (`700 40px 'Noto Sans', …`), in layout units. */
export type Measure = (text: string, font: string) => number;

export interface PictureLegendEntry {
  swatch: LegendSwatch;
  colour: string;
  label: string;
}

/** The words of the picture, already translated. */
export interface PictureText {
  atlasName: string;
  year: string;
  /** The selected country or event, or a title for the year when nothing is selected. */
  headline: string;
  legendTitle: string;
  legend: readonly PictureLegendEntry[];
  link: string;
  credit: string;
}

export type TextRole = 'atlasName' | 'year' | 'headline' | 'legendTitle' | 'legend' | 'footer';

export interface PlacedText {
  role: TextRole;
  text: string;
  /** Left edge, or right edge when `align` is 'right'. */
  x: number;
  /** The alphabetic baseline. */
  y: number;
  font: string;
  /** The font's size, also the line's height less its leading. */
  size: number;
  align: 'left' | 'right';
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedSwatch extends Box {
  swatch: LegendSwatch;
  colour: string;
}

export interface PictureLayout {
  width: number;
  height: number;
  /** Where the map goes, and the size to draw it at (its viewBox) before it is scaled up. */
  map: Box;
  mapDrawing: { width: number; height: number };
  texts: PlacedText[];
  swatches: PlacedSwatch[];
}

const MARGIN = 32;
const GAP = 20;
const LEGEND_WIDTH = 330;
const SWATCH = 22;
const SWATCH_GAP = 12;
/** Baseline to baseline, in font sizes. */
const LINE = 1.25;
/** Where the baseline sits below a line's top, in font sizes (Noto Sans's ascent is 1.069). */
const ASCENT = 1.07;

const SIZES = {
  atlasName: 24,
  year: 64,
  headline: [40, 34, 30],
  legendTitle: 20,
  legend: [19, 18, 17, 16, 15, 14],
  footer: 17,
  credit: 14,
} as const;

export const fontOf = (size: number, bold = false) =>
  `${bold ? '700' : '400'} ${String(size)}px ${PICTURE_FONT_FAMILY}`;

/**
 * A text broken into lines no wider than `width`, at most `maxLines`; the last line ends in an
 * ellipsis if the text does not fit. A word wider than the line (a link) is cut by characters.
 */
export function wrapText(
  text: string,
  width: number,
  font: string,
  measure: Measure,
  maxLines: number,
): { lines: string[]; fits: boolean } {
  const fits = (line: string) => measure(line, font) <= width;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
    } else {
      if (current) lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const all = lines.every(fits) && lines.length <= maxLines;
  if (all) return { lines, fits: true };
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  let tail = lines.slice(last).join(' ');
  while (tail.length > 1 && !fits(`${tail}…`)) tail = tail.slice(0, -1).trimEnd();
  kept[last] = `${tail}…`;
  return { lines: kept, fits: false };
}

/** The first size (largest first) at which the text fits, else the smallest, cut short. */
function fitText(
  text: string,
  width: number,
  sizes: readonly number[],
  bold: boolean,
  measure: Measure,
  maxLines: number,
): { lines: string[]; size: number; font: string } {
  for (const size of sizes) {
    const font = fontOf(size, bold);
    const wrapped = wrapText(text, width, font, measure, maxLines);
    if (wrapped.fits) return { lines: wrapped.lines, size, font };
  }
  const size = sizes[sizes.length - 1] ?? 16;
  const font = fontOf(size, bold);
  return { lines: wrapText(text, width, font, measure, maxLines).lines, size, font };
}

export function layoutPicture(text: PictureText, measure: Measure): PictureLayout {
  const { width, height } = PICTURE_SIZE;
  const right = width - MARGIN;
  const texts: PlacedText[] = [];
  const swatches: PlacedSwatch[] = [];
  const put = (role: TextRole, line: string, x: number, y: number, size: number, font: string) =>
    texts.push({ role, text: line, x, y, font, size, align: 'left' });

  // The header: the atlas's name over the headline, the year at the right.
  const yearFont = fontOf(SIZES.year, true);
  const yearWidth = measure(text.year, yearFont);
  const headerWidth = right - MARGIN - yearWidth - GAP;
  let y = MARGIN + SIZES.atlasName * ASCENT;
  const atlas = fitText(text.atlasName, headerWidth, [SIZES.atlasName], true, measure, 1);
  put('atlasName', atlas.lines[0] ?? '', MARGIN, y, atlas.size, atlas.font);
  const headline = fitText(text.headline, headerWidth, SIZES.headline, true, measure, 2);
  y += SIZES.atlasName * (LINE - ASCENT) + 8 + headline.size * ASCENT;
  headline.lines.forEach((line, i) =>
    put('headline', line, MARGIN, y + i * headline.size * LINE, headline.size, headline.font),
  );
  texts.push({
    role: 'year',
    text: text.year,
    x: right,
    // On the headline's first baseline: the two read as one line, "France … 2013".
    y,
    font: yearFont,
    size: SIZES.year,
    align: 'right',
  });
  const headerBottom = Math.max(
    y + (headline.lines.length - 1) * headline.size * LINE + headline.size * (LINE - ASCENT),
    MARGIN + SIZES.year * 1.2,
  );

  // The footer: the link at the left, the credit at the right, on one baseline.
  const footerBaseline = height - MARGIN + 6;
  const creditFont = fontOf(SIZES.credit);
  const creditWidth = Math.min(measure(text.credit, creditFont), 360);
  const credit = wrapText(text.credit, creditWidth, creditFont, measure, 1).lines[0] ?? '';
  texts.push({
    role: 'footer',
    text: credit,
    x: right,
    y: footerBaseline,
    font: creditFont,
    size: SIZES.credit,
    align: 'right',
  });
  const linkFont = fontOf(SIZES.footer);
  const link = wrapText(text.link, right - MARGIN - creditWidth - GAP, linkFont, measure, 1);
  put('footer', link.lines[0] ?? '', MARGIN, footerBaseline, SIZES.footer, linkFont);
  const footerTop = footerBaseline - SIZES.footer * ASCENT;

  // The body: the map at the left, the legend at the right.
  const top = headerBottom + 16;
  const bottom = footerTop - 16;
  const legendX = right - LEGEND_WIDTH;
  const map = { x: MARGIN, y: top, width: legendX - GAP - MARGIN, height: bottom - top };

  const legendTitle = fitText(
    text.legendTitle,
    LEGEND_WIDTH,
    [SIZES.legendTitle],
    true,
    measure,
    2,
  );
  const labelWidth = LEGEND_WIDTH - SWATCH - SWATCH_GAP;
  // The largest size at which every key fits the height beside the map, each on up to 3 lines.
  const legendAt = (size: number) => {
    const font = fontOf(size);
    let bottomY = top + legendTitle.lines.length * legendTitle.size * LINE + 10;
    const entries = text.legend.map((entry) => {
      const { lines } = wrapText(entry.label, labelWidth, font, measure, 3);
      const entryTop = bottomY;
      bottomY += Math.max(SWATCH, lines.length * size * LINE) + size * 0.45;
      return { entry, lines, top: entryTop };
    });
    return { size, font, entries, bottom: bottomY };
  };
  let legend = legendAt(SIZES.legend[0]);
  for (const size of SIZES.legend) {
    legend = legendAt(size);
    if (legend.bottom <= bottom) break;
  }
  legendTitle.lines.forEach((line, i) =>
    put(
      'legendTitle',
      line,
      legendX,
      top + legendTitle.size * ASCENT + i * legendTitle.size * LINE,
      legendTitle.size,
      legendTitle.font,
    ),
  );
  for (const { entry, lines, top: entryTop } of legend.entries) {
    const textHeight = lines.length * legend.size * LINE;
    const swatchTop =
      entryTop + Math.max(0, (Math.min(textHeight, legend.size * LINE) - SWATCH) / 2);
    swatches.push({
      swatch: entry.swatch,
      colour: entry.colour,
      x: legendX,
      y: swatchTop,
      width: SWATCH,
      height: SWATCH,
    });
    lines.forEach((line, i) =>
      put(
        'legend',
        line,
        legendX + SWATCH + SWATCH_GAP,
        entryTop + legend.size * ASCENT + i * legend.size * LINE,
        legend.size,
        legend.font,
      ),
    );
  }

  return {
    width,
    height,
    map,
    mapDrawing: {
      width: Math.round(map.width / MAP_ZOOM),
      height: Math.round(map.height / MAP_ZOOM),
    },
    texts,
    swatches,
  };
}

/** A text's box: from its line's top to its descent, as wide as measured. */
export function textBox(text: PlacedText, measure: Measure): Box {
  const width = measure(text.text, text.font);
  return {
    x: text.align === 'right' ? text.x - width : text.x,
    y: text.y - text.size * ASCENT,
    width,
    height: text.size * LINE,
  };
}
