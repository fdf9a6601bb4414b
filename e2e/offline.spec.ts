/**
 * After one visit the atlas works with no network at all, as in a classroom without internet:
 * the service worker has precached both pages, the scripts, the fonts and the data. Each test has
 * a fresh browser context, so no worker is left behind for other specs.
 */
import { expect, test } from './fixtures';
import { serviceWorkerScope } from './hosting';

test('after one visit, the atlas works offline: year, details, country, map', async ({
  atlas,
  page,
  context,
}) => {
  await atlas.open('?year=1960');
  await atlas.waitForMap();
  expect(await serviceWorkerScope(page)).toBe('http://127.0.0.1:4173/');

  await context.setOffline(true);
  await page.reload();
  await expect(atlas.slider).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await atlas.waitForMap();

  await atlas.slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '1961');
  await expect(atlas.details).toBeVisible();
  await atlas.countrySelect.selectOption('FRA');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('France');
  await expect(atlas.map).toHaveAttribute('data-ready', 'true');
  expect(atlas.consoleErrors).toEqual([]);
  expect(atlas.foreignRequests).toEqual([]);
});

test('offline, the embed opens with its own query string', async ({ atlas, page, context }) => {
  await atlas.open();
  await serviceWorkerScope(page);
  await context.setOffline(true);
  // A query the first visit never used: the worker answers any query of a page with that page.
  await page.goto('/embed.html?year=2013&country=SEN&timeline=1');
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2013');
  await expect(page.locator('#root')).toHaveAttribute('data-mode', 'embed');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('Senegal');
  await atlas.waitForMap();
  const embedScript = await page.evaluate(async () => (await fetch('/embed.js')).ok);
  expect(embedScript).toBe(true);
});

test('the worker leaves the example article to the network', async ({ atlas, page, context }) => {
  await atlas.open();
  await serviceWorkerScope(page);
  const online = await page.goto('/examples/article.html');
  expect(online?.fromServiceWorker()).toBe(false);
  await expect(page).toHaveTitle(/The Example Gazette/);

  // Offline, it fails like any page that is not part of the atlas, rather than showing the atlas.
  await context.setOffline(true);
  await expect(page.goto('/examples/article.html')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});

test('offline, a teacher writes a lesson, keeps it over a reload, opens its link and presents it', async ({
  atlas,
  page,
  context,
}) => {
  await atlas.open('?year=2013&country=FRA');
  await serviceWorkerScope(page);
  await context.setOffline(true);
  await page.reload();
  await expect(atlas.slider).toBeVisible();

  await page.getByRole('button', { name: 'New lesson' }).click();
  const editor = page.getByRole('region', { name: 'Lesson editor' });
  await editor.getByRole('textbox', { name: 'Lesson title' }).fill('Offline');
  await editor.getByRole('button', { name: 'Add this view' }).click();
  await editor.getByRole('textbox', { name: 'Caption' }).fill('France sends troops.');
  await page.reload();
  await expect(editor.getByRole('textbox', { name: 'Caption' })).toHaveValue(
    'France sends troops.',
  );

  const link = await editor.getByRole('textbox', { name: 'Lesson link' }).inputValue();
  expect(link).toContain('#lesson=z');
  await page.goto('/?year=1960');
  await page.goto(link);
  await expect(page.getByRole('region', { name: 'Guided tour' })).toContainText(
    'France sends troops.',
  );
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('region', { name: 'Presentation' })).toContainText('Step 1 of 1');
  expect(atlas.foreignRequests).toEqual([]);
});
