import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Holds every request matching `pattern` until the returned function is called. */
async function hold(page: Page, pattern: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('before its script has run, a deep link says that the atlas is loading', async ({ page }) => {
  const release = await hold(page, '**/assets/main-*.js');
  // Not until 'load': the page cannot load while its script is held.
  await page.goto('/?year=1991', { waitUntil: 'commit' });
  await expect(page.getByText('Loading the atlas… · Chargement de l’atlas…')).toBeVisible();
  // The default view written into the page never shows in its place.
  await expect(page.getByRole('slider', { name: 'Year' })).toBeHidden();
  release();
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveAttribute('aria-valuenow', '1991');
  await expect(page.getByText('Loading the atlas… ·')).toBeHidden();
});

test('before its script has run, the default view is already on the page, then it works', async ({
  page,
}) => {
  const release = await hold(page, '**/assets/main-*.js');
  await page.goto('/', { waitUntil: 'commit' });
  const year = page.getByRole('slider', { name: 'Year' });
  await expect(year).toHaveAttribute('aria-valuenow', '2025');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('The year 2025');
  await expect(page.getByText('Loading the atlas… ·')).toBeHidden();
  release();
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  // Taken over by the script: the slider answers the keyboard.
  await year.focus();
  await page.keyboard.press('Home');
  await expect(year).toHaveAttribute('aria-valuenow', '1960');
});

test('a French browser gets its own language, not the written English screen first', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const release = await hold(page, '**/assets/main-*.js');
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByText('Loading the atlas… · Chargement de l’atlas…')).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Year' })).toBeHidden();
  release();
  await expect(page.getByRole('slider', { name: 'Année' })).toBeVisible();
  await context.close();
});

test('on a slow network, the controls and the loading state come first, then the atlas', async ({
  page,
}) => {
  const release = await hold(page, '**/data/events.json');
  await page.goto('/?year=2013');
  const loading = page.getByRole('status').filter({ hasText: 'Loading the atlas data' });
  await expect(loading).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  release();
  await expect(page.getByRole('button', { name: /Operation Serval.*2013/ }).first()).toBeVisible();
  await expect(loading).toBeHidden();
});
