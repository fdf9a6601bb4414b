import { useEffect, useState } from 'react';
import { createTextMeasurer, type MeasureText } from './textMeasure';

/**
 * A text measurer that is replaced once the web font has loaded: widths measured with the
 * fallback font would let the drawn labels, in Noto Sans, run into each other.
 */
export function useTextMeasurer(): MeasureText {
  const [measure, setMeasure] = useState<MeasureText>(createTextMeasurer);
  useEffect(() => {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    // Absent in some test DOMs: the estimate then stands.
    if (!fonts) return;
    let live = true;
    const refresh = () => {
      if (live) setMeasure(() => createTextMeasurer());
    };
    fonts.addEventListener('loadingdone', refresh);
    // The font may have arrived before this effect listened.
    void fonts.ready.then(refresh);
    return () => {
      live = false;
      fonts.removeEventListener('loadingdone', refresh);
    };
  }, []);
  return measure;
}
