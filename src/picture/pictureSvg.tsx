/**
 * The map drawing of a view as a standalone SVG element, drawn by SvgMapPicture (the drawing the
 * atlas shows without WebGL) into a detached element: no store, no live map, no WebGL. Then either
 * written out as an SVG file, or stripped of its text to be painted on a canvas (an SVG drawn as
 * an image cannot use the page's web font, so the canvas writes the names itself).
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { LanguageContext } from '../i18n/useT';
import type { Language } from '../i18n/messages';
import { SvgMapPicture, type SvgMapPictureProps } from '../map/svg/SvgMapPicture';
import { PICTURE_FONT_FAMILY } from './pictureConstants';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export function drawMapSvg(props: SvgMapPictureProps & { lang: Language }): SVGSVGElement {
  const { lang, ...picture } = props;
  const host = document.createElement('div');
  const root = createRoot(host);
  flushSync(() =>
    root.render(
      <LanguageContext.Provider value={lang}>
        <SvgMapPicture {...picture} />
      </LanguageContext.Provider>,
    ),
  );
  const drawn = host.querySelector('svg');
  const svg = drawn?.cloneNode(true);
  root.unmount();
  if (!(svg instanceof SVGSVGElement)) throw new Error('SvgMapPicture drew no <svg>');
  return svg;
}

/** A file that opens on its own: namespaced, its names in the page's font or a fallback. */
export function svgFileText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) throw new Error('not an <svg>');
  copy.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  copy.setAttribute('font-family', PICTURE_FONT_FAMILY);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/** The drawing without its names, at a size in pixels, to be painted on a canvas. */
export function svgWithoutText(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) throw new Error('not an <svg>');
  for (const text of copy.querySelectorAll('text')) text.remove();
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return svgFileText(copy);
}
