import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

const NO_SIZE: Size = { width: 0, height: 0 };

/**
 * The size of an element, kept current with a ResizeObserver. Measured before the first paint,
 * so a drawing sized from it never flashes at its initial size.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, initial = NO_SIZE): Size {
  const [size, setSize] = useState<Size>(initial);
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
