/**
 * The edges of the map that floating controls cover (the tabs and switches along the top, the
 * legend in a corner), so the camera frames its countries in the part a reader can see. Pure:
 * boxes in, insets out.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** The camera keeps at least this share of each dimension, however much the overlays cover. */
const MIN_VISIBLE_SHARE = 0.5;

/**
 * For each overlay on the map, the one edge to give up that costs the least area: a bar along
 * the top takes a strip off the top, a legend in the bottom-left corner takes a column off the
 * left if that is narrower than the row it would take off the bottom. Each edge keeps the
 * deepest overlay's inset; overlays off the map count for nothing.
 */
export function overlayInsets(map: Rect, overlays: readonly Rect[]): Insets {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  if (width <= 0 || height <= 0) return NO_INSETS;
  const insets = { ...NO_INSETS };
  for (const overlay of overlays) {
    const left = Math.max(overlay.left, map.left);
    const right = Math.min(overlay.right, map.right);
    const top = Math.max(overlay.top, map.top);
    const bottom = Math.min(overlay.bottom, map.bottom);
    if (right <= left || bottom <= top) continue;
    const options: [keyof Insets, number, number][] = [
      ['top', bottom - map.top, (bottom - map.top) * width],
      ['bottom', map.bottom - top, (map.bottom - top) * width],
      ['left', right - map.left, (right - map.left) * height],
      ['right', map.right - left, (map.right - left) * height],
    ];
    const [side, depth] = options.reduce((best, option) => (option[2] < best[2] ? option : best));
    insets[side] = Math.max(insets[side], depth);
  }
  const [top, bottom] = shrinkPair(insets.top, insets.bottom, height);
  const [left, right] = shrinkPair(insets.left, insets.right, width);
  return { top, right, bottom, left };
}

/** Scales two opposite insets down so they leave MIN_VISIBLE_SHARE of the length. */
function shrinkPair(a: number, b: number, length: number): [number, number] {
  const allowed = length * (1 - MIN_VISIBLE_SHARE);
  const scale = a + b > allowed ? allowed / (a + b) : 1;
  return [Math.round(a * scale), Math.round(b * scale)];
}
