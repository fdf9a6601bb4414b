import { useEffect, useState } from 'react';
import { useHydrated } from '../ui/useHydrated';
import { createTextMeasurer, estimateTextWidth, type MeasureText } from './textMeasure';

/** Absent in some test DOMs: the estimate then stands. */
const pageFonts = (): FontFaceSet | undefined =>
  typeof document === 'undefined' ? undefined : document.fonts;

function loadedFaces(fonts: FontFaceSet | undefined): number {
  let count = 0;
  fonts?.forEach((face) => {
    if (face.status === 'loaded') count++;
  });
  return count;
}

/**
 * A text measurer that is replaced once the web font has loaded: widths measured with the
 * fallback font would let the drawn labels, in Noto Sans, run into each other. Only a newly
 * loaded face replaces it: 'loadingdone' and fonts.ready report the same load, and a font
 * already there when the measurer was made changes nothing, so each would otherwise throw the
 * cache away and place every label again for the same widths.
 */
export function useTextMeasurer(): MeasureText {
  const [measurer, setMeasurer] = useState(() => ({
    measure: createTextMeasurer(),
    faces: loadedFaces(pageFonts()),
  }));
  useEffect(() => {
    const fonts = pageFonts();
    if (!fonts) return;
    let live = true;
    const refresh = () => {
      const faces = loadedFaces(fonts);
      if (!live) return;
      setMeasurer((current) =>
        current.faces === faces ? current : { measure: createTextMeasurer(), faces },
      );
    };
    fonts.addEventListener('loadingdone', refresh);
    // The font may have arrived before this effect listened.
    void fonts.ready.then(refresh);
    return () => {
      live = false;
      fonts.removeEventListener('loadingdone', refresh);
    };
  }, []);
  // The first screen written at build time placed its labels by estimate (there is no canvas
  // there): the render that takes it over does the same, then measures.
  const hydrated = useHydrated();
  return hydrated ? measurer.measure : estimateTextWidth;
}
