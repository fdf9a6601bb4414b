import { expect, test } from './fixtures';

test('the atlas opens on 2025, and Play from there starts at 1960', async ({ atlas }) => {
  await atlas.open();
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2025');
  expect(atlas.searchParams().get('year')).toBeNull();
  await atlas.page.getByRole('combobox', { name: 'Speed' }).selectOption('fast');
  await atlas.playButton.click();
  await expect.poll(async () => (await atlas.state()).year).toBeLessThan(1975);
  await atlas.pauseButton.click();
  // A link that names a year keeps it, the first year included.
  await atlas.open('?year=1960');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '1960');
});

test('Play advances the year and Pause stops it', async ({ atlas }) => {
  await atlas.open('?year=2000');
  await atlas.playButton.click();
  await expect(atlas.pauseButton).toBeVisible();
  await expect.poll(async () => (await atlas.state()).year).toBeGreaterThanOrEqual(2002);
  await atlas.pauseButton.click();
  await expect(atlas.playButton).toBeVisible();
  const stopped = (await atlas.state()).year;
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', String(stopped));
  expect((await atlas.state()).playing).toBe(false);
});

test('Play stops at 2025 and choosing anything stops it', async ({ atlas }) => {
  await atlas.open('?year=2023');
  await atlas.page.getByRole('combobox', { name: 'Speed' }).selectOption('fast');
  await atlas.playButton.click();
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2025');
  await expect(atlas.playButton).toBeVisible();
  // Play from the last year starts again from 1960; at the fast pace the year moves on every
  // 250 ms, so the test asks for an early year rather than catching 1960 itself.
  await atlas.playButton.click();
  await expect.poll(async () => (await atlas.state()).year).toBeLessThan(1975);
  await expect(atlas.pauseButton).toBeVisible();
  await atlas.countrySelect.selectOption('FRA');
  await expect(atlas.playButton).toBeVisible();
});
