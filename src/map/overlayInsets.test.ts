import { describe, expect, it } from 'vitest';
import { NO_INSETS, overlayInsets, type Rect } from './overlayInsets';

const map: Rect = { left: 0, top: 50, right: 800, bottom: 500 };

describe('overlayInsets', () => {
  it('gives up nothing when nothing floats on the map', () => {
    expect(overlayInsets(map, [])).toEqual(NO_INSETS);
    // The header above the map and a panel beside it are not on it.
    expect(
      overlayInsets(map, [
        { left: 0, top: 0, right: 800, bottom: 50 },
        { left: 800, top: 50, right: 1100, bottom: 500 },
      ]),
    ).toEqual(NO_INSETS);
  });

  it('takes a strip off the top for a toolbar along it', () => {
    expect(overlayInsets(map, [{ left: 10, top: 58, right: 790, bottom: 96 }])).toEqual({
      ...NO_INSETS,
      top: 46,
    });
  });

  it('takes a column off the side for a tall legend in a corner, a row for a wide one', () => {
    const tall = { left: 10, top: 300, right: 250, bottom: 490 };
    expect(overlayInsets(map, [tall])).toEqual({ ...NO_INSETS, left: 250 });
    const wide = { left: 10, top: 460, right: 700, bottom: 490 };
    expect(overlayInsets(map, [wide])).toEqual({ ...NO_INSETS, bottom: 40 });
    const toolbar = { left: 10, top: 58, right: 790, bottom: 96 };
    expect(overlayInsets(map, [toolbar, tall])).toEqual({ ...NO_INSETS, top: 46, left: 250 });
  });

  it('keeps the deepest inset of each edge', () => {
    const bars = [
      { left: 0, top: 50, right: 800, bottom: 80 },
      { left: 400, top: 50, right: 800, bottom: 110 },
    ];
    expect(overlayInsets(map, bars).top).toBe(60);
  });

  it('always leaves half of each dimension to frame in', () => {
    const covering = [
      { left: 0, top: 50, right: 800, bottom: 350 },
      { left: 0, top: 300, right: 800, bottom: 500 },
    ];
    const insets = overlayInsets(map, covering);
    expect(insets.top + insets.bottom).toBeLessThanOrEqual(225);
    expect(insets.top).toBeGreaterThan(insets.bottom);
  });

  it('gives up nothing on a map with no size', () => {
    expect(overlayInsets({ left: 0, top: 0, right: 0, bottom: 0 }, [map])).toEqual(NO_INSETS);
  });
});
