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
