import { expect, test } from './fixtures';

test('the keyboard on the Year slider changes the year and the status text follows', async ({
  atlas,
}) => {
  await atlas.open('?year=2023&country=UKR');
  const status = atlas.details.getByTestId('details.status');
  const before = await status.textContent();
  await atlas.slider.focus();
  await atlas.page.keyboard.press('ArrowRight');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2024');
  await expect(status).toHaveText('Severed');
  expect(before).not.toBe('Severed');
  await atlas.page.keyboard.press('Home');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '1960');
  await atlas.page.keyboard.press('PageUp');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '1970');
  await atlas.page.keyboard.press('End');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2025');
  await expect(atlas.slider).toHaveAttribute('aria-valuetext', /2025/);
});

test('clicking the axis places the year', async ({ atlas, page }) => {
  await atlas.open();
  const axis = page.locator('.timeline-hit');
  const box = await axis.boundingBox();
  if (!box) throw new Error('no timeline');
  await axis.click({ position: { x: box.width * 0.75, y: box.height - 8 } });
  await expect.poll(async () => (await atlas.state()).year).toBeGreaterThan(2000);
});
