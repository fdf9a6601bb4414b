import { drawLabels } from './drawLabels';
import type { PlacedLabel } from './svg/svgMap';

/** The map as shown, labels included, as a PNG data URL (for the printed handout). */
export function mapPicture(canvas: HTMLCanvasElement, labels: readonly PlacedLabel[]): string {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d');
  if (!context) return canvas.toDataURL('image/png');
  context.drawImage(canvas, 0, 0);
  const font = getComputedStyle(canvas).fontFamily || 'sans-serif';
  drawLabels(context, labels, canvas.width / Math.max(1, canvas.clientWidth), font);
  return copy.toDataURL('image/png');
}
