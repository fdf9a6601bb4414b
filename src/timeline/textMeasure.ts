/**
 * Widths and heights of the timeline's SVG labels, so placement can keep them apart before they
 * are drawn. Widths come from a canvas's measureText in the page's font, cached per text; where
 * there is no canvas (tests, a very old browser) a per-character estimate that errs wide.
 */

/** The label styles of timeline.css, by role. */
export const LABEL_FONTS = {
  eventTitle: { size: 10, weight: 400 },
  laneTitle: { size: 10, weight: 700 },
  eraLabel: { size: 10, weight: 400 },
  spanLabel: { size: 9, weight: 400 },
  tickLabel: { size: 11, weight: 400 },
} as const;

export type LabelFont = (typeof LABEL_FONTS)[keyof typeof LABEL_FONTS];

/**
 * Noto Sans's ascent and descent (1069 and 293 per 1000 units): a text's box, as the browser
 * reports it, runs this far above and below the baseline, more than the font size.
 */
export const FONT_ASCENT = 1.07;
export const FONT_DESCENT = 0.3;
/** Where the ink of capitals and ascenders stops above the baseline, and descenders below. */
export const INK_ASCENT = 0.75;
export const INK_DESCENT = 0.2;

export type MeasureText = (text: string, font: LabelFont) => number;

const FONT_FAMILY = "'Noto Sans', system-ui, sans-serif";

/** Width per character in em, wide enough for Noto Sans and its usual fallbacks. */
function estimateEm(char: string): number {
  if (char === ' ') return 0.27;
  if (/[iljtfrI.,:;'’!|()]/.test(char)) return 0.36;
  if (/[0-9]/.test(char)) return 0.58;
  if (/[mwMW]/.test(char)) return 0.92;
  if (/[A-Z]/.test(char)) return 0.7;
  return 0.6;
}

export function estimateTextWidth(text: string, font: LabelFont): number {
  let em = 0;
  for (const char of text) em += estimateEm(char);
  return em * font.size * (font.weight >= 700 ? 1.06 : 1);
}

/**
 * A measurer with its own cache; make a new one when the web font arrives, since the widths
 * taken with the fallback font are not the drawn ones.
 */
export function createTextMeasurer(): MeasureText {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${String(font.weight)} ${String(font.size)} ${text}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    let width: number;
    if (context) {
      context.font = `${String(font.weight)} ${String(font.size)}px ${FONT_FAMILY}`;
      // A pixel and a little more: sub-pixel rounding and hinting in SVG text differ slightly.
      width = context.measureText(text).width * 1.02 + 1;
    } else {
      width = estimateTextWidth(text, font);
    }
    cache.set(key, width);
    return width;
  };
}
