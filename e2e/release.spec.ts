/**
 * The release a newsroom uploads: `npm run package` builds the zip; unzipped into a folder of a
 * plain static server (here /schools/atlas/, a path the build never heard of), it must work as
 * it is, with its licences and instructions beside it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { startStaticServer, type RunningServer } from '../scripts/staticServer.ts';
import { expect, test } from './fixtures';

const FOLDER = '/schools/atlas/';
const PORT = 4177;
const ATLAS = `http://127.0.0.1:${String(PORT)}${FOLDER}`;

let unzipped = '';
let site: RunningServer | undefined;
let zipEntries: string[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/package.ts'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`npm run package failed:\n${run.stdout}\n${run.stderr}`);
  const zipName = readdirSync('release').find((file) => file.endsWith('.zip'));
  if (zipName === undefined) throw new Error('npm run package wrote no zip in release/');
  const files = unzipSync(readFileSync(join('release', zipName)));
  zipEntries = Object.keys(files);
  unzipped = mkdtempSync(join(tmpdir(), 'atlas-release-'));
  for (const [path, content] of Object.entries(files)) {
    if (path.endsWith('/')) continue;
    const target = join(unzipped, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  const [folder] = zipName.split('.zip');
  site = await startStaticServer(
    [{ prefix: FOLDER, dir: join(unzipped, folder ?? '') }],
    new Map(),
    PORT,
  );
});

test.afterAll(async () => {
  await site?.stop();
  if (unzipped) rmSync(unzipped, { recursive: true, force: true });
});

test('the zip is one folder: the site, its licences and how to upload it', () => {
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const folder = `mali-relations-atlas-${version}/`;
  expect(zipEntries.every((path) => path.startsWith(folder))).toBe(true);
  for (const file of [
    'index.html',
    'embed.html',
    'embed.js',
    'sw.js',
    'manifest.webmanifest',
    'data/events.json',
    'README.txt',
    'LICENSE',
    'DATA-LICENSE.txt',
    'THIRD-PARTY-LICENSES.txt',
    'HOSTING.md',
    'HOSTING.fr.md',
  ]) {
    expect(zipEntries, file).toContain(`${folder}${file}`);
  }
  expect(zipEntries.filter((path) => path.endsWith('.map'))).toEqual([]);
});

test('unzipped into any folder of a plain server, the atlas, its embed and its manifest work', async ({
  atlas,
  page,
}) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${String(response.status())} ${response.url()}`);
  });
  await page.goto(`${ATLAS}?year=2013&country=FRA`);
  await expect(atlas.details.getByRole('heading', { level: 2 })).toHaveText('France');
  await atlas.waitForMap();

  const manifest = (await (await page.request.get(`${ATLAS}manifest.webmanifest`)).json()) as {
    start_url: string;
    icons: { src: string }[];
  };
  expect(new URL(manifest.start_url, `${ATLAS}manifest.webmanifest`).href).toBe(ATLAS);
  for (const icon of manifest.icons) {
    expect((await page.request.get(new URL(icon.src, ATLAS).href)).ok()).toBe(true);
  }
  await expect
    .poll(() =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? ''),
    )
    .toBe(ATLAS);

  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share or embed this view' });
  await expect(share.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(
    new RegExp(`^${ATLAS}\\?year=2013&country=FRA`),
  );
  await expect(share.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
    new RegExp(`src="${ATLAS}embed\\.html\\?year=2013`),
  );

  await page.goto(`${ATLAS}embed.html?year=2013&country=SEN`);
  await expect(atlas.details).toContainText('Senegal');
  await atlas.waitForMap();
  expect(failed).toEqual([]);
  expect(atlas.consoleErrors).toEqual([]);
});
