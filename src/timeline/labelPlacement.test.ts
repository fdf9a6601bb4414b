import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  boxInside,
  createOccupancy,
  ELLIPSIS,
  fitText,
  placeTitles,
  titleBox,
  type Box,
  type MarkTitle,
  type TitleMetrics,
} from './labelPlacement';

const METRICS: TitleMetrics = { gap: 7, ascent: 11, descent: 3, inkAscent: 7.5, inkDescent: 2 };
const BOUNDS: Box = { x0: 0, y0: 0, x1: 500, y1: 100 };
const ROW = 9;

const markBox = (x: number, baseline: number): Box => ({
  x0: x - 3.5,
  x1: x + 3.5,
  y0: baseline - 3.5 - 3.5,
  y1: baseline - 3.5 + 3.5,
});

function place(titles: readonly MarkTitle[], fixed: readonly Box[] = []) {
  const marks = createOccupancy(titles.map((t) => markBox(t.x, t.baseline)));
  return placeTitles(titles, marks, createOccupancy(fixed), BOUNDS, METRICS);
}

describe('placeTitles', () => {
  it('puts a title right of its mark by default', () => {
    expect(place([{ id: 'a', x: 50, baseline: 20, width: 100 }]).get('a')).toBe('right');
  });

  it('flips a title left near the right edge, and next to the next mark of its row', () => {
    expect(place([{ id: 'a', x: 450, baseline: 20, width: 100 }]).get('a')).toBe('left');
    const pair = place([
      { id: 'a', x: 200, baseline: 20, width: 100 },
      { id: 'b', x: 260, baseline: 20, width: 30 },
    ]);
    expect(pair.get('a')).toBe('left');
    expect(pair.get('b')).toBe('right');
  });

  it('drops a title with no room on either side, and keeps clear of fixed labels', () => {
    expect(place([{ id: 'a', x: 250, baseline: 20, width: 300 }]).has('a')).toBe(false);
    const lane = { x0: 0, x1: 150, y0: 10, y1: 24 };
    expect(place([{ id: 'a', x: 160, baseline: 20, width: 60 }], [lane]).get('a')).toBe('right');
    expect(place([{ id: 'a', x: 400, baseline: 20, width: 200 }], [lane]).get('a')).toBe('left');
    expect(place([{ id: 'a', x: 300, baseline: 20, width: 200 }], [lane]).has('a')).toBe(false);
  });

  it('skips a title on the next row down where the two text boxes would overlap', () => {
    const titles = [
      { id: 'a', x: 50, baseline: 20, width: 100 },
      { id: 'b', x: 60, baseline: 20 + ROW, width: 100 },
      { id: 'c', x: 70, baseline: 20 + 2 * ROW, width: 100 },
    ];
    const placed = place(titles);
    expect(placed.get('a')).toBe('right');
    expect(placed.has('b')).toBe(false);
    expect(placed.get('c')).toBe('right');
  });

  it('leaves no two titles overlapping, none outside the bounds and none over a mark', () => {
    const title = fc.record({
      x: fc.double({ min: 0, max: 500, noNaN: true }),
      row: fc.integer({ min: 0, max: 8 }),
      width: fc.double({ min: 5, max: 300, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(title, { maxLength: 60 }), (raw) => {
        const titles = raw.map((t, i) => ({
          id: String(i),
          x: t.x,
          baseline: 12 + t.row * ROW,
          width: t.width,
        }));
        const placed = place(titles);
        const boxes = titles.flatMap((t) => {
          const side = placed.get(t.id);
          return side
            ? [{ t, box: titleBox(t, side, METRICS), ink: titleBox(t, side, METRICS, true) }]
            : [];
        });
        for (const [i, a] of boxes.entries()) {
          expect(boxInside(a.box, BOUNDS)).toBe(true);
          for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
          for (const other of titles) {
            expect(boxesOverlap(a.ink, markBox(other.x, other.baseline))).toBe(false);
          }
        }
      }),
    );
  });
});

describe('fitText', () => {
  const widthOf = (text: string) => text.length * 6;

  it('takes the first variant that fits whole', () => {
    expect(fitText(['Operation Serval'], 200, widthOf)).toBe('Operation Serval');
    const minusma = ['United Nations Mission in Mali (MINUSMA)', 'MINUSMA'];
    expect(fitText(minusma, 100, widthOf)).toBe('MINUSMA');
  });

  it('cuts the last variant short with an ellipsis, or gives up below three characters', () => {
    const cut = fitText(['Moussa Traoré: military rule'], 100, widthOf);
    expect(cut).toBe(`Moussa Traoré${ELLIPSIS}`);
    expect(widthOf(cut ?? '')).toBeLessThanOrEqual(100);
    expect(fitText(['Moussa Traoré'], 20, widthOf)).toBeNull();
  });
});

describe('createOccupancy', () => {
  it('says how far a box may reach before a taken one, or null when its start is taken', () => {
    const taken = createOccupancy([{ x0: 100, x1: 200, y0: 0, y1: 10 }]);
    expect(taken.clearUntil({ x0: 0, x1: 300, y0: 5, y1: 15 })).toBe(100);
    expect(taken.clearUntil({ x0: 0, x1: 300, y0: 10, y1: 20 })).toBe(300);
    expect(taken.clearUntil({ x0: 150, x1: 300, y0: 5, y1: 15 })).toBeNull();
  });
});
