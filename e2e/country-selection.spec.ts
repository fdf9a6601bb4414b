import { expect, test } from './fixtures';

test('choosing a country fills the panel, marks its events and sets country=', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=1985');
  await atlas.countrySelect.selectOption('BFA');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('Burkina Faso');
  await expect.poll(() => atlas.searchParams().get('country')).toBe('BFA');
  await expect(page.locator('.event-mark.is-highlighted').first()).toBeVisible();
  expect(await page.locator('.event-mark.is-dimmed').count()).toBeGreaterThan(0);
  await expect(
    atlas.details.getByRole('heading', { name: 'Events with this country' }),
  ).toBeVisible();
});

test('the country is named as it was called in the selected year', async ({ atlas }) => {
  await atlas.open('?year=1980&country=BFA');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('Upper Volta');
  await atlas.slider.focus();
  await atlas.page.keyboard.press('PageUp');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '1990');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('Burkina Faso');
});

test('Escape clears the selection', async ({ atlas, page }) => {
  await atlas.open('?country=FRA');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('France');
  await page.keyboard.press('Escape');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('The year 2025');
  await expect.poll(() => atlas.searchParams().get('country')).toBeNull();
});

test('choosing a country frames it with Mali and names it; clearing returns to the region', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=2013');
  await atlas.waitForMap();
  const neighbours = ['DZA', 'NER', 'BFA', 'CIV', 'GIN', 'SEN', 'MRT'];
  await atlas.countrySelect.selectOption('FRA');
  // Metropolitan France (not French Guiana) with Mali, and its name on the map.
  await expect.poll(() => atlas.labelInsideMap('France')).toBe(true);
  await expect.poll(() => atlas.labelInsideMap('Mali')).toBe(true);

  await page.keyboard.press('Escape');
  await expect.poll(() => atlas.searchParams().get('country')).toBeNull();
  await expect.poll(() => atlas.labelInsideMap('France')).toBe(false);
  const region = await atlas.renderedCountries();
  for (const code of ['MLI', ...neighbours]) expect(region).toContain(code);
});

test('a link naming a country opens on it', async ({ atlas }) => {
  await atlas.open('?year=2013&country=FRA');
  await atlas.waitForMap();
  await expect.poll(() => atlas.labelInsideMap('France')).toBe(true);
});
