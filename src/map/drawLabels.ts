/**
 * Placed labels painted onto a canvas, as SvgLabels writes them: the printed handout's copy of
 * the live map and the downloadable image (src/picture) both use it. Apart from MapLabels.tsx so
 * that neither pulls the live map's labels component into its chunk.
 */
import { MAP_COLOURS } from '../theme/palette';
import { MAP_SIZES } from './mapConstants';
import type { PlacedLabel } from './svg/svgMap';

/** Paints placed labels onto a copy of the map's canvas, as the page shows them. */
export function drawLabels(
  context: CanvasRenderingContext2D,
  placed: readonly PlacedLabel[],
  scale: number,
  fontFamily: string,
): void {
  context.save();
  context.scale(scale, scale);
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = MAP_SIZES.labelHalo * 2;
  context.strokeStyle = MAP_COLOURS.labelHalo;
  context.fillStyle = MAP_COLOURS.label;
  for (const label of placed) {
    context.font = `${String(label.size)}px ${fontFamily}`;
    for (const line of label.lines) {
      context.strokeText(line.text, label.x, line.y);
      context.fillText(line.text, label.x, line.y);
    }
  }
  context.restore();
}
