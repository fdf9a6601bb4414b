/**
 * The layout on the screens readers have: the map's share of the height, controls that never
 * cover each other, no sideways scroll, names inside the map, timeline labels that neither
 * overlap nor get cut. Each size's picture is attached to the test report.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, test, type AtlasPage } from './fixtures';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Named extends Box {
  name: string;
}

const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
  { width: 375, height: 812, phone: true },
  { width: 320, height: 640, phone: true },
] as const;

/** Mali's seven neighbours, as the map names them in 2025. */
const NEIGHBOURS = [
  'Algeria',
  'Niger',
  'Burkina Faso',
  'Côte d’Ivoire',
  'Guinea',
  'Senegal',
  'Mauritania',
];

/** Half a pixel of anti-aliasing is not an overlap. */
const TOLERANCE = 0.5;

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x + a.width - TOLERANCE > b.x &&
    b.x + b.width - TOLERANCE > a.x &&
    a.y + a.height - TOLERANCE > b.y &&
    b.y + b.height - TOLERANCE > a.y
  );
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - TOLERANCE &&
    inner.y >= outer.y - TOLERANCE &&
    inner.x + inner.width <= outer.x + outer.width + TOLERANCE &&
    inner.y + inner.height <= outer.y + outer.height + TOLERANCE
  );
}

function overlappingPairs(boxes: readonly Named[]): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (overlaps(a, b)) pairs.push(`${a.name} × ${b.name}`);
  });
  return pairs;
}

/**
 * The page's controls as a reader sees them: every visible button, list, field, link, tab and
 * slider, and the legend, outside the map's drawing, the timeline's marks and the scrolling
 * text of Details (whose own actions count). One box per control, none inside another.
 */
function controlBoxes(page: Page): Promise<Named[]> {
  return page.evaluate(() => {
    const selector =
      'button, select, input, a[href], [role="slider"], [role="tab"], .legend, .map-status';
    const skip = '.map-canvas, .timeline-svg, .details > :not(.details-actions), .skip-link';
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => {
      if (element.closest(skip)) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    });
    // A control inside another one (the legend's own button, a label's list) is part of it.
    const outermost = elements.filter(
      (element) => !elements.some((other) => other !== element && other.contains(element)),
    );
    return outermost.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      const name = element.getAttribute('aria-label') ?? element.textContent.trim().slice(0, 30);
      return { name: `${element.tagName.toLowerCase()} "${name}"`, x, y, width, height };
    });
  });
}

/** The country names drawn on the map, whitespace and line breaks left out. */
function mapLabelBoxes(page: Page): Promise<Named[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('[data-testid="map"] text')].map((text) => {
      const { x, y, width, height } = text.getBoundingClientRect();
      return { name: text.textContent.replace(/\s+/g, ''), x, y, width, height };
    }),
  );
}

/** Every text the timeline draws, with the box of the timeline's visible frame. */
function timelineLabels(page: Page): Promise<{ frame: Box; labels: Named[] }> {
  return page.evaluate(() => {
    const frame = document.querySelector('.timeline-frame');
    if (!frame) throw new Error('no timeline frame');
    const { x, y, width, height } = frame.getBoundingClientRect();
    const labels = [...frame.querySelectorAll<SVGTextElement>('text')]
      .filter((text) => text.textContent.trim() !== '')
      .map((text) => {
        const box = text.getBoundingClientRect();
        return {
          name: text.textContent.trim(),
          x: box.x,
          y: box.y,
          width: box.width,
          height: box.height,
        };
      })
      .filter((box) => box.width > 0);
    return { frame: { x, y, width, height }, labels };
  });
}

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

async function expectTimelineLabelsApart(atlas: AtlasPage): Promise<void> {
  const { frame, labels } = await timelineLabels(atlas.page);
  expect(labels.length, 'the timeline names some events and spans').toBeGreaterThan(5);
  expect(
    labels.filter((label) => !inside(label, frame)).map((label) => label.name),
    'timeline labels cut by an edge',
  ).toEqual([]);
  expect(overlappingPairs(labels), 'timeline labels over each other').toEqual([]);
}

for (const screen of SCREENS) {
  const size = `${String(screen.width)}×${String(screen.height)}`;
  const phone = 'phone' in screen;

  test.describe(`at ${size}`, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      ...(phone ? { isMobile: true, hasTouch: true } : {}),
    });

    test('the map has its room and nothing covers anything', async ({ atlas, page }, testInfo) => {
      await atlas.open();
      await atlas.waitForMap();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await attachScreenshot(page, testInfo, `atlas-${size}`);

      const map = await box(page, '[data-testid="map"]');
      const shown = Math.min(map.y + map.height, screen.height) - Math.max(map.y, 0);
      // Phones scroll: the map is the first thing under the header, at least a third high.
      expect(shown / screen.height, 'share of the height the map shows').toBeGreaterThanOrEqual(
        phone ? 0.35 : 0.5,
      );

      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(sideways, 'sideways scroll').toBeLessThanOrEqual(0);

      const controls = await controlBoxes(page);
      expect(controls.length).toBeGreaterThan(8);
      expect(overlappingPairs(controls), 'controls over each other').toEqual([]);

      // Region view: Mali's neighbours are named inside the map, clear of the controls on it.
      const labels = await mapLabelBoxes(page);
      const onMap = controls.filter((control) => overlaps(control, map));
      for (const neighbour of NEIGHBOURS) {
        const label = labels.find((l) => l.name === neighbour.replace(/\s+/g, ''));
        expect(label, `${neighbour} is named on the map`).toBeDefined();
        if (!label) continue;
        expect(inside(label, map), `${neighbour} inside the map`).toBe(true);
        expect(
          onMap.filter((control) => overlaps(control, label)).map((control) => control.name),
          `controls over ${neighbour}`,
        ).toEqual([]);
      }

      await expectTimelineLabelsApart(atlas);
    });

    test('a chosen country is framed with Mali and named on the map', async ({
      atlas,
      page,
    }, testInfo) => {
      await atlas.open('?year=2013');
      await atlas.waitForMap();
      await atlas.countrySelect.selectOption('FRA');
      const map = await box(page, '[data-testid="map"]');
      await expect
        .poll(async () => {
          const labels = await mapLabelBoxes(page);
          return ['France', 'Mali'].filter((name) => {
            const label = labels.find((l) => l.name === name);
            return label !== undefined && inside(label, map);
          });
        }, 'France and Mali named inside the map')
        .toEqual(['France', 'Mali']);
      await attachScreenshot(page, testInfo, `france-2013-${size}`);
      await expectTimelineLabelsApart(atlas);
    });
  });
}
