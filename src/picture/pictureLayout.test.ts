import { describe, expect, it } from 'vitest';
import { MAP_ZOOM, PICTURE_SIZE } from './pictureConstants';
import {
  layoutPicture,
  textBox,
  wrapText,
  type Box,
  type Measure,
  type PictureText,
} from './pictureLayout';

/** Noto Sans averages about 0.55 em a character, bold 0.6: close enough to lay out. */
const measure: Measure = (text, font) => {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 16);
  return text.length * size * (font.startsWith('700') ? 0.6 : 0.55);
};

const legend = [
  'Mali',
  'Close',
  'Cooperative',
  'Diplomatic relations',
  'Tense',
  'Suspended',
  'Severed',
  'No relations yet',
  'Not covered or not characterised',
  'Line: involved in an event this year',
].map((label) => ({ swatch: 'fill' as const, colour: 'c', label }));

const TEXT: PictureText = {
  atlasName: 'Mali Relations Atlas',
  year: '2013',
  headline: 'France',
  legendTitle: 'Relations with Mali, end of 2013',
  legend,
  link: 'https://atlas.example/?year=2013&country=FRA&lang=fr',
  credit: 'Country shapes: Natural Earth (public domain)',
};

/** Boxes that merely touch (one line under the other) do not overlap: 0.01 of rounding. */
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.01 &&
  b.x < a.x + a.width - 0.01 &&
  a.y < b.y + b.height - 0.01 &&
  b.y < a.y + a.height - 0.01;
const inside = (a: Box) =>
  a.x >= 0 &&
  a.y >= 0 &&
  a.x + a.width <= PICTURE_SIZE.width &&
  a.y + a.height <= PICTURE_SIZE.height;

function boxes(text: PictureText) {
  const layout = layoutPicture(text, measure);
  return {
    layout,
    all: [
      ...layout.texts.map((t) => ({ what: `${t.role}: ${t.text}`, box: textBox(t, measure) })),
      ...layout.swatches.map((s, i) => ({ what: `swatch ${String(i)}`, box: s })),
      { what: 'map', box: layout.map },
    ],
  };
}

function collisions(text: PictureText): string[] {
  const { all } = boxes(text);
  return all.flatMap((a, i) =>
    all.slice(i + 1).flatMap((b) => (overlaps(a.box, b.box) ? [`${a.what} × ${b.what}`] : [])),
  );
}

describe('layoutPicture', () => {
  it('keeps everything inside the picture, and nothing over anything else', () => {
    const { all } = boxes(TEXT);
    expect(all.filter((a) => !inside(a.box)).map((a) => a.what)).toEqual([]);
    expect(collisions(TEXT)).toEqual([]);
  });

  it('writes the atlas’s name, the year, the headline, every key and the link', () => {
    const written = layoutPicture(TEXT, measure).texts.map((t) => t.text);
    for (const text of ['Mali Relations Atlas', '2013', 'France', TEXT.link, 'Severed']) {
      expect(written).toContain(text);
    }
    expect(layoutPicture(TEXT, measure).swatches).toHaveLength(legend.length);
  });

  it('wraps a long event title onto two lines, then cuts it short, still clear of the year', () => {
    const long = {
      ...TEXT,
      headline:
        'Operation Serval: French and African forces push back the armed groups in the north of Mali, and much more besides',
    };
    const headlines = layoutPicture(long, measure).texts.filter((t) => t.role === 'headline');
    expect(headlines).toHaveLength(2);
    expect(headlines[1]?.text.endsWith('…')).toBe(true);
    expect(collisions(long)).toEqual([]);
  });

  it('fits a longer legend (French, with an organisation’s members) above the footer', () => {
    const french = {
      ...TEXT,
      legendTitle: 'Relations avec le Mali, fin 2013',
      legend: [
        ...legend,
        {
          swatch: 'member' as const,
          colour: 'c',
          label: 'Contour en tirets : membres de la CEDEAO fin 2013',
        },
      ],
    };
    const { layout, all } = boxes(french);
    expect(all.filter((a) => !inside(a.box)).map((a) => a.what)).toEqual([]);
    expect(collisions(french)).toEqual([]);
    const keys = layout.texts.filter((t) => t.role === 'legend').map((t) => t.text);
    expect(keys.join(' ')).toContain('membres de la CEDEAO fin 2013');
  });

  it('draws the map at its box’s size over the zoom, so its labels come out large', () => {
    const { map, mapDrawing } = layoutPicture(TEXT, measure);
    expect(mapDrawing.width).toBeCloseTo(map.width / MAP_ZOOM, 0);
    expect(mapDrawing.height).toBeCloseTo(map.height / MAP_ZOOM, 0);
    expect(map.width).toBeGreaterThan(PICTURE_SIZE.width / 2);
  });
});

describe('wrapText', () => {
  const font = '400 10px x';
  it('breaks at spaces within the width', () => {
    expect(wrapText('one two three', 8 * 5.5, font, measure, 3)).toEqual({
      lines: ['one two', 'three'],
      fits: true,
    });
  });

  it('cuts a word wider than the line (a link) with an ellipsis', () => {
    const { lines, fits } = wrapText(
      'https://atlas.example/?year=2013',
      10.5 * 5.5,
      font,
      measure,
      1,
    );
    expect(fits).toBe(false);
    expect(lines).toEqual(['https://a…']);
  });
});
