/**
 * The map without WebGL2: Chromium started with WebGL off gets the SVG drawing, with the same
 * colours, selection, tooltip and keyboard, and a notice saying why. A WebGL context lost
 * mid-session falls back to the same drawing.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { MAP_COLOURS, STATUS_COLOURS } from '../src/theme/palette';
import { AtlasPage, expect, test } from './fixtures';

// launchOptions set here replace the project's, so start from the project's own (the browser
// path and the network isolation) and trade its software-WebGL flags for WebGL off.
test.use({
  launchOptions: async ({ launchOptions }, provide) => {
    await provide({
      ...launchOptions,
      args: [
        ...(launchOptions.args ?? []).filter((arg) => !arg.includes('swiftshader')),
        '--disable-webgl',
        '--disable-3d-apis',
      ],
    });
  },
});

const notice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'cannot draw the interactive map' });

/** The country buttons of the SVG map, by the start of their name ("Niger: …"). */
const country = (atlas: AtlasPage, name: string) =>
  atlas.map.getByRole('button', { name: new RegExp(`^${name}(:|$)`) });

test('without WebGL2 the map is drawn as SVG, with a notice saying why', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=1960');
  await atlas.waitForMap();
  await expect(notice(page)).toBeVisible();
  await expect(notice(page)).toContainText('WebGL2');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Still the one region named for the map, with no canvas in it.
  await expect(page.getByRole('region', { name: /^Map of Mali/ })).toHaveCount(1);
  await expect(atlas.map.locator('canvas')).toHaveCount(0);
  await expect(atlas.map.getByRole('group', { name: /^Countries/ })).toBeVisible();
  const drawn = await atlas.renderedCountries();
  for (const code of ['MLI', 'DZA', 'NER', 'BFA', 'CIV', 'GIN', 'SEN', 'MRT'])
    expect(drawn).toContain(code);
  await expect(country(atlas, 'Mali')).toHaveAttribute('fill', MAP_COLOURS.mali);
  await expect(country(atlas, 'Senegal')).toHaveAttribute('fill', STATUS_COLOURS.suspended);
  expect(atlas.consoleErrors).toEqual([]);
});

test('the Country list outlines a country; a click selects one and hover names it', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=1985');
  await atlas.waitForMap();
  await atlas.countrySelect.selectOption('BFA');
  const selected = atlas.map.getByTestId('map.selected-outline').locator('path');
  await expect(selected).toHaveAttribute('data-code', 'BFA');
  await expect(atlas.map.getByTestId('map.selected-outline')).toHaveAttribute(
    'stroke',
    MAP_COLOURS.selectedOutline,
  );
  await expect(country(atlas, 'Burkina Faso')).toHaveAttribute('aria-current', 'true');
  // The drawing frames the chosen country with Mali and writes its name in view.
  await expect.poll(() => atlas.labelInsideMap('Burkina Faso')).toBe(true);

  await country(atlas, 'Niger').hover();
  await expect(page.getByRole('tooltip')).toContainText('Niger');
  await country(atlas, 'Niger').click();
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('Niger');
  await expect.poll(() => atlas.searchParams().get('country')).toBe('NER');
  await expect(selected).toHaveAttribute('data-code', 'NER');
});

test('the keyboard moves through the countries and selects one', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.waitForMap();
  // One tab stop for the whole map; the arrows move inside it.
  const tabStop = atlas.map.locator('[role="button"][tabindex="0"]');
  await expect(tabStop).toHaveCount(1);
  await tabStop.focus();
  const focused = atlas.map.locator('[role="button"]:focus');
  await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveAttribute('tabindex', '0');
  const second = await focused.getAttribute('data-iso3');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await atlas.state()).country).toBe(second);

  await page.keyboard.press('Home');
  await page.keyboard.press('n');
  await expect(focused).toHaveAttribute('data-iso3', 'NER');
  await expect(page.getByRole('tooltip')).toContainText('Niger');
  await page.keyboard.press('Enter');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('Niger');
  await expect(country(atlas, 'Niger')).toHaveAttribute('tabindex', '0');
});

test('a year change recolours the countries', async ({ atlas }) => {
  await atlas.open('?year=1960');
  await atlas.waitForMap();
  await expect(country(atlas, 'Senegal')).toHaveAttribute('fill', STATUS_COLOURS.suspended);
  await atlas.slider.focus();
  await atlas.page.keyboard.press('End');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2025');
  await expect(country(atlas, 'Senegal')).toHaveAttribute('fill', STATUS_COLOURS.cooperative);
});

test('the world view draws every country as itself, Russia across the antimeridian', async ({
  atlas,
}) => {
  await atlas.open('?view=world&year=2025');
  await atlas.waitForMap();
  const map = await atlas.map.boundingBox();
  const russia = await country(atlas, 'Russia').boundingBox();
  if (!map || !russia) throw new Error('the map or Russia is not drawn');
  // East of the middle and north of it: Chukotka, beyond 180°, did not wrap to the far west.
  expect(russia.x).toBeGreaterThan(map.x + map.width / 2);
  expect(russia.y + russia.height).toBeLessThan(map.y + map.height / 2);
  // A ring read the wrong way round would cover the whole map.
  const widths = await atlas.map
    .locator('path[data-iso3]')
    .evaluateAll((paths) =>
      paths.map((p) => (p instanceof SVGGraphicsElement ? p.getBBox().width : 0)),
    );
  expect(Math.max(...widths)).toBeLessThan(map.width * 0.75);
});

test('an organisation outlines its members', async ({ atlas, page }) => {
  await atlas.open('?year=2015');
  await atlas.waitForMap();
  await page.getByRole('combobox', { name: 'Members of' }).selectOption('G5S');
  await expect(atlas.map.getByTestId('map.member-outlines').locator('path')).toHaveCount(5);
});

test('a lost WebGL context falls back to the SVG drawing', async ({ playwright }, testInfo) => {
  // This one needs WebGL first: a browser started with the project's own options.
  const {
    launchOptions,
    baseURL = '',
    viewport = null,
    locale = 'en-GB',
    timezoneId = 'UTC',
  } = testInfo.project.use;
  const browser = await playwright.chromium.launch(launchOptions);
  try {
    const page = await browser.newPage({ baseURL, viewport, locale, timezoneId });
    const atlas = new AtlasPage(page);
    await atlas.open('?country=FRA');
    await atlas.waitForMap();
    await expect(atlas.map.locator('canvas')).toHaveCount(1);
    await expect(notice(page)).toHaveCount(0);
    await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="map"] canvas');
      if (!(canvas instanceof HTMLCanvasElement)) throw new Error('no map canvas');
      canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    await expect(notice(page)).toBeVisible();
    await expect(atlas.map.locator('canvas')).toHaveCount(0);
    await atlas.waitForMap();
    await expect(atlas.map.getByTestId('map.selected-outline').locator('path')).toHaveAttribute(
      'data-code',
      'FRA',
    );
    await country(atlas, 'Niger').click();
    await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('Niger');
    expect(atlas.consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('Download image still makes the picture: it is drawn from the SVG drawing', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=2013&country=FRA');
  await atlas.waitForMap();
  await expect(atlas.map.locator('canvas')).toHaveCount(0);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
  const saved = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download image' }).click();
  const bytes = await readFile(await (await saved).path());
  // A PNG's IHDR: width and height at bytes 16 and 20.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 675]);
  expect(atlas.consoleErrors).toEqual([]);
});
