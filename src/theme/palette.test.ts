import { describe, expect, it } from 'vitest';
import { closestPair, contrastRatio, type Deficiency } from './colourVision';
import { MAP_COLOURS, STATUS_COLOURS } from './palette';

const MAP_FILLS = { ...STATUS_COLOURS, mali: MAP_COLOURS.mali, noData: MAP_COLOURS.noData };
const DEFICIENCIES: Deficiency[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
/** Below about 10, neighbouring fills are hard to tell apart on a small country. */
const MIN_DELTA_E = 10;

describe('the map palette under colour-vision deficiencies', () => {
  it.each(DEFICIENCIES)('keeps every pair of map fills apart under %s', (deficiency) => {
    const closest = closestPair(MAP_FILLS, deficiency);
    console.info(`${deficiency}: closest pair ${closest.pair}, ΔE ${closest.deltaE.toFixed(1)}`);
    expect(closest.deltaE).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });
});

describe('text contrast (WCAG AA 4.5:1, presenter mode 7:1)', () => {
  it.each([
    ['body text', '#1b1b1b', '#ffffff', 4.5],
    ['muted text', '#4d4d4d', '#ffffff', 4.5],
    ['accent links and buttons', '#0b5394', '#ffffff', 7],
    ['text on accent buttons', '#ffffff', '#0b5394', 7],
    ['Present button', '#ffffff', '#1a7f3c', 4.5],
    ['notice text', '#1b1b1b', '#fff4e0', 4.5],
    ['inferred marker', '#8a4b00', '#ffffff', 4.5],
    ['dark theme text', '#f0f0f0', '#121417', 4.5],
    ['dark theme accent', '#8cc4ff', '#121417', 4.5],
  ])('%s', (_, fg, bg, minimum) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(minimum);
  });
});
