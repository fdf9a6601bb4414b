/**
 * The atlas as a newsroom hosts it: the production build for /mali-atlas/ (given the CI way,
 * through ATLAS_BASE), on a plain static server that knows nothing about the atlas. Everything
 * must follow the base path: pages, data, fonts, the map's worker, the manifest and its icons, the
 * service worker, share and embed links, embed.js; and a second visit must work offline.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, type RunningServer } from '../scripts/staticServer.ts';
import { expect, test } from './fixtures';
import { failedResponses, serviceWorkerScope } from './hosting';

const BASE = '/mali-atlas/';
const PORT = 4175;
const HOST_PORT = 4176;
const ATLAS = `http://127.0.0.1:${String(PORT)}${BASE}`;

let outDir = '';
let site: RunningServer | undefined;
let hostSite: RunningServer | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  outDir = mkdtempSync(join(tmpdir(), 'atlas-subpath-'));
  // The data files were written by `npm run build` (part of npm test); this builds the pages.
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir'],
    { env: { ...process.env, ATLAS_BASE: BASE, ATLAS_SITE_URL: ATLAS }, encoding: 'utf8' },
  );
  if (build.status !== 0) {
    throw new Error(`The sub-path build failed:\n${build.stdout}\n${build.stderr}`);
  }
  site = await startStaticServer([{ prefix: BASE, dir: outDir }], new Map(), PORT);
  // A news article on another origin, embedding the atlas the way the Share dialog says to.
  hostSite = await startStaticServer(
    [],
    new Map([
      [
        '/article.html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head>
<body><h1>An article</h1>
<iframe data-mali-atlas title="Mali Relations Atlas" src="${ATLAS}embed.html?year=2013&amp;country=SEN" width="100%" height="300"></iframe>
<script src="${ATLAS}embed.js" defer></script></body></html>`,
      ],
    ]),
    HOST_PORT,
  );
});

test.afterAll(async () => {
  await site?.stop();
  await hostSite?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('under /mali-atlas/, the atlas loads its map and data, and shares links to itself', async ({
  atlas,
  page,
}) => {
  const failed = failedResponses(page);
  await page.goto(`${ATLAS}?year=2013&country=FRA`);
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2013');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('France');
  await atlas.waitForMap();
  expect(await page.evaluate(() => document.fonts.check('700 16px "Noto Sans"'))).toBe(true);

  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
  const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
  expect(link).toMatch(new RegExp(`^${ATLAS}\\?year=2013&country=FRA`));
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toContain(`src="${ATLAS}embed.html?year=2013`);
  expect(code).toContain(`src="${ATLAS}embed.js"`);

  expect(failed).toEqual([]);
  expect(atlas.consoleErrors).toEqual([]);
});

test('its manifest names the sub-path, and every icon it lists is there', async ({ page }) => {
  await page.goto(ATLAS);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href ?? '', page.url()).href;
  expect(manifestUrl).toBe(`${ATLAS}manifest.webmanifest`);
  const response = await page.request.get(manifestUrl);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    start_url: string;
    scope: string;
    id: string;
    icons: { src: string; type: string }[];
  };
  const resolved = (url: string) => new URL(url, manifestUrl).href;
  expect(resolved(manifest.start_url)).toBe(ATLAS);
  expect(resolved(manifest.scope)).toBe(ATLAS);
  // The id is resolved against the start URL (Web App Manifest, "process the id member").
  expect(new URL(manifest.id, resolved(manifest.start_url)).href).toBe(ATLAS);
  expect(manifest.icons.length).toBeGreaterThan(0);
  for (const icon of manifest.icons) {
    const iconUrl = resolved(icon.src);
    expect(iconUrl.startsWith(ATLAS)).toBe(true);
    const image = await page.request.get(iconUrl);
    expect(image.ok(), iconUrl).toBe(true);
    expect(image.headers()['content-type']).toBe('image/png');
  }
  const favicon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect((await page.request.get(new URL(favicon ?? '', page.url()).href)).ok()).toBe(true);
});

test('a shared link shows a card: its picture is a 1200×630 PNG at the site address', async ({
  page,
}) => {
  await page.goto(ATLAS);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${ATLAS}social-preview.png`);
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
    'summary_large_image',
  );
  const response = await page.request.get(image ?? '');
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  // The PNG header's IHDR chunk holds the width and height, big-endian, at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('the build names its third-party licences', async ({ page }) => {
  const notice = await page.request.get(`${ATLAS}THIRD-PARTY-LICENSES.txt`);
  expect(notice.ok()).toBe(true);
  const text = await notice.text();
  for (const name of ['maplibre-gl', 'react', '@fontsource/noto-sans', 'world-atlas']) {
    expect(text).toMatch(new RegExp(`^${name} \\d`, 'm'));
  }
});

test('a page on another site embeds it, and embed.js sizes the frame', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${String(HOST_PORT)}/article.html`);
  const frame = page.frameLocator('iframe[data-mali-atlas]');
  await expect(frame.getByRole('slider', { name: 'Year' })).toHaveAttribute(
    'aria-valuenow',
    '2013',
  );
  await expect(frame.getByRole('region', { name: 'Details' })).toContainText('Senegal');
  await expect(frame.getByTestId('map')).toHaveAttribute('data-ready', 'true', {
    timeout: 30_000,
  });
  // embed.js, loaded from the sub-path, follows the height the embed reports.
  await expect
    .poll(() => page.locator('iframe[data-mali-atlas]').getAttribute('height'))
    .not.toBe('300');
});

test('after one visit, the sub-path atlas and its embed work offline', async ({
  atlas,
  page,
  context,
}) => {
  await page.goto(`${ATLAS}?year=1960`);
  await atlas.waitForMap();
  expect(await serviceWorkerScope(page)).toBe(ATLAS);

  await context.setOffline(true);
  await page.reload();
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '1960');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await atlas.waitForMap();
  await atlas.countrySelect.selectOption('SEN');
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('Senegal');

  await page.goto(`${ATLAS}embed.html?year=2013&country=FRA`);
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2013');
  await atlas.waitForMap();
  expect(atlas.consoleErrors).toEqual([]);
});

test('a new version waits for the reader, and Reload brings it in', async ({ atlas, page }) => {
  await page.goto(`${ATLAS}?year=2013`);
  await atlas.waitForMap();
  await serviceWorkerScope(page);
  // The second visit is the one the worker controls, as a reader's next lesson would be.
  await page.reload();
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2013');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // A new version on the server: any change to sw.js is one, as a new build's precache list is.
  appendFileSync(join(outDir, 'sw.js'), `\n// ${String(Date.now())}\n`);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const prompt = page.getByText('A new version of the atlas is ready.');
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  // It waits: the page stays with the version it started with until the reader says so.
  const waiting = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting?.state ?? 'none';
    });
  expect(await waiting()).toBe('installed');

  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Reload', exact: true }).click();
  await reloaded;
  await expect(atlas.slider).toHaveAttribute('aria-valuenow', '2013');
  await expect.poll(waiting).toBe('none');
  await expect(prompt).toBeHidden();
});
