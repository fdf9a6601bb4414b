import { expect, test } from './fixtures';

test('the map becomes ready, shows Mali and its neighbours, and names every colour', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await atlas.waitForMap();
  await expect(page.getByRole('region', { name: /map/i })).toBeVisible();
  // Recorded for the closing note and docs/performance.md; never asserted (speed is the bench's job).
  const mapReadyMs = await page.evaluate(
    () => performance.getEntriesByName('atlas:map-ready')[0]?.startTime ?? -1,
  );
  test
    .info()
    .annotations.push({ type: 'map-ready-ms', description: String(Math.round(mapReadyMs)) });
  console.log(`time to map ready: ${String(Math.round(mapReadyMs))} ms`);
  const drawn = await atlas.renderedCountries();
  for (const code of ['MLI', 'DZA', 'NER', 'BFA', 'CIV', 'GIN', 'SEN', 'MRT'])
    expect(drawn).toContain(code);
  const legend = page.getByRole('region', { name: /Relations with Mali/ });
  for (const word of ['Mali', 'Close', 'Cooperative', 'Tense', 'Severed', 'No relations yet']) {
    await expect(legend.getByText(word, { exact: true })).toBeVisible();
  }
});

test('World and Region switch the frame, and the link says which', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.waitForMap();
  await page.getByRole('button', { name: 'World', exact: true }).click();
  await expect.poll(() => atlas.searchParams().get('frame')).toBe('world');
  await expect(page.getByRole('button', { name: 'World', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Region', exact: true }).click();
  await expect.poll(() => atlas.searchParams().get('frame')).toBeNull();
});

test('no request leaves the origin and the console stays clean', async ({ atlas }) => {
  await atlas.open('?year=2013&country=FRA');
  await atlas.waitForMap();
  await atlas.slider.focus();
  await atlas.page.keyboard.press('ArrowRight');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2014');
  expect(atlas.foreignRequests).toEqual([]);
  expect(atlas.consoleErrors).toEqual([]);
});

test('the page holds still while the years change: the map keeps its size', async ({
  atlas,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await atlas.open('?year=1962');
  await atlas.waitForMap();
  const size = () =>
    atlas.map.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return `${String(box.width)}x${String(box.height)}`;
    });
  const first = await size();
  await atlas.slider.focus();
  // Years whose Country list reads differently (statuses change), which once reflowed the header.
  for (const [key, year] of [
    ['End', '2025'],
    ['PageDown', '2015'],
    ['PageDown', '2005'],
    ['PageDown', '1995'],
    ['Home', '1960'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(atlas.slider).toHaveAttribute('aria-valuenow', year);
    expect(await size()).toBe(first);
  }
});
