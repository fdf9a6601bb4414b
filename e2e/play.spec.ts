import { expect, test } from './fixtures';

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
  await atlas.playButton.click();
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '1960');
  await atlas.countrySelect.selectOption('FRA');
  await expect(atlas.playButton).toBeVisible();
});
