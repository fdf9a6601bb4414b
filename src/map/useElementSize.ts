import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Size } from './svgMap';

/**
 * The size of an element, kept current with a ResizeObserver. Measured before the first paint,
 * so a drawing sized from it never flashes at 0 × 0. (useElementWidth in app/ has no height.)
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (width: number, height: number) =>
      setSize((previous) =>
        previous.width === width && previous.height === height ? previous : { width, height },
      );
    const rect = element.getBoundingClientRect();
    update(rect.width, rect.height);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) update(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
