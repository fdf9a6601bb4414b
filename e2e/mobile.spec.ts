import { expect, test } from './fixtures';

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

test('at 375×667 the map and the timeline are usable with no sideways scrolling', async ({
  atlas,
  page,
}) => {
  await atlas.open('?year=2013');
  await atlas.waitForMap();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(atlas.map).toBeVisible();
  await expect(atlas.slider)
    .toBeInViewport({ ratio: 0.5 })
    .catch(async () => {
      await atlas.slider.scrollIntoViewIfNeeded();
      await expect(atlas.slider).toBeInViewport();
    });
  await atlas.slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2012');
  await atlas.countrySelect.selectOption('SEN');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('Senegal');
});
