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

test('before its script has run, the page says that the atlas is loading', async ({ page }) => {
  const release = await hold(page, '**/assets/main-*.js');
  // Not until 'load': the page cannot load while its script is held.
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('status')).toHaveText('Loading the atlas… · Chargement de l’atlas…');
  release();
  await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
  await expect(page.getByText('Loading the atlas… ·')).toBeHidden();
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
