/**
 * `npm run screenshot:lessons`: the pictures of docs/lessons.md (docs/lessons/*.png, 1280×800).
 * It writes a three-step lesson the way a teacher does, through the buttons' accessible names:
 * the editor in English, the same lesson with its French captions, and presenter mode at step 2.
 *
 * It builds and serves nothing: it expects a running atlas, by default
 * http://127.0.0.1:4190/ (`npm run build && npx vite preview --host 127.0.0.1 --port 4190
 * --strictPort`), or the one given with `--url`. Chromium is launched as scripts/screenshot.ts
 * launches it (scripts/chromium.ts). The captions state facts only.
 */
import { mkdirSync } from 'node:fs';
import { get } from 'node:http';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { chromiumPath, LAUNCH_ARGS } from './chromium.ts';
import { reportFailure, ScreenshotError } from './screenshotError.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'docs', 'lessons');
const DEFAULT_URL = 'http://127.0.0.1:4190/';
const VIEWPORT = { width: 1280, height: 800 };
/** Software WebGL is slow: the map's first idle takes 3-5 s here (shared/ENVIRONMENT.md). */
const MAP_TIMEOUT_MS = 60_000;
/**
 * Port 4190 (ManageSieve) is on the Fetch standard's list of "bad ports": Node's fetch and
 * Chromium refuse it (ERR_UNSAFE_PORT) unless told otherwise, so the server is probed with
 * node:http and Chromium is allowed that one port (https://fetch.spec.whatwg.org/#port-blocking).
 */
const ALLOWED_PORTS = '--explicitly-allowed-ports=4190';

const TITLE = { en: 'Operation Serval and after', fr: 'L’opération Serval et après' };
const STEPS = [
  {
    year: 2013,
    country: 'FRA',
    en: 'In January 2013 France launched Operation Serval in Mali.',
    fr: 'En janvier 2013, la France a lancé l’opération Serval au Mali.',
  },
  {
    year: 2014,
    country: 'FRA',
    en: 'In August 2014 Operation Barkhane succeeded Serval.',
    fr: 'En août 2014, l’opération Barkhane a succédé à Serval.',
  },
  {
    year: 2022,
    country: 'FRA',
    en: 'In 2022 the last French troops left Mali.',
    fr: 'En 2022, les derniers soldats français ont quitté le Mali.',
  },
] as const;

const USAGE = `Usage: npm run screenshot:lessons [-- --url ${DEFAULT_URL}]

Writes docs/lessons/editor-en.png, editor-fr.png and present.png (1280×800). Serve the atlas
first: npm run build && npx vite preview --host 127.0.0.1 --port 4190 --strictPort`;

interface Snapshot {
  year: number;
  country: string | null;
}

function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __atlas: { snapshot: () => Snapshot } }).__atlas;
    return hook.snapshot();
  });
}

async function mapReady(page: Page): Promise<void> {
  await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: MAP_TIMEOUT_MS });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Moves the year handle with the keyboard, as a teacher would, until it shows `year`. */
async function setYear(page: Page, year: number): Promise<void> {
  const slider = page.getByRole('slider', { name: /^(Year|Année)$/ });
  await slider.focus();
  for (let tries = 0; tries < 100; tries += 1) {
    const now = (await snapshot(page)).year;
    if (now === year) return;
    await page.keyboard.press(now < year ? 'ArrowRight' : 'ArrowLeft');
  }
  throw new ScreenshotError(`the year handle did not reach ${String(year)}`);
}

async function shoot(page: Page, name: string): Promise<void> {
  await mapReady(page);
  const path = join(OUT_DIR, name);
  await page.screenshot({ path });
  console.log(`  ${relative(ROOT, path)}`);
}

/** The caption box of step `step`, named as the interface names it ("Step 1" / "Caption"). */
function caption(editor: Locator, step: number, names: { step: string; caption: string }): Locator {
  return editor
    .getByRole('group', { name: `${names.step} ${String(step)}` })
    .getByRole('textbox', { name: names.caption });
}

async function run(browser: Browser, base: string): Promise<void> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.warn(`    page error: ${error.message}`));
    const first = STEPS[0];
    await page.goto(new URL(`?year=${String(first.year)}&country=${first.country}`, base).href);
    await mapReady(page);

    // (1) The editor, in English.
    await page.getByRole('button', { name: 'New lesson' }).click();
    const editor = page.getByRole('region', { name: 'Lesson editor' });
    await editor.getByRole('textbox', { name: 'Lesson title' }).fill(TITLE.en);
    for (const [i, step] of STEPS.entries()) {
      await setYear(page, step.year);
      if ((await snapshot(page)).country !== step.country) {
        await page.getByRole('combobox', { name: 'Country' }).selectOption(step.country);
      }
      await editor.getByRole('button', { name: 'Add this view' }).click();
      await caption(editor, i + 1, { step: 'Step', caption: 'Caption' }).fill(step.en);
    }
    await editor
      .getByRole('group', { name: 'Step 1' })
      .getByRole('button', { name: /^Show step 1/ })
      .click();
    await shoot(page, 'editor-en.png');

    // (2) The same lesson in French: switching the interface language writes French captions.
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    const editeur = page.getByRole('region', { name: 'Éditeur de leçon' });
    await editeur.getByRole('textbox', { name: 'Titre de la leçon' }).fill(TITLE.fr);
    for (const [i, step] of STEPS.entries()) {
      await caption(editeur, i + 1, { step: 'Étape', caption: 'Légende' }).fill(step.fr);
    }
    await editeur
      .getByRole('group', { name: 'Étape 1' })
      .getByRole('button', { name: /^Afficher l’étape 1/ })
      .click();
    await shoot(page, 'editor-fr.png');

    // (3) Presenter mode, in English, at step 2 of 3 (Page Down is what a clicker sends).
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const presentation = page.getByRole('region', { name: 'Presentation' });
    await presentation.getByText('Step 1 of 3').waitFor();
    await page.keyboard.press('PageDown');
    await presentation.getByText('Step 2 of 3').waitFor();
    await shoot(page, 'present.png');
  } finally {
    await context.close();
  }
}

function options(): { url: string; help: boolean } {
  try {
    const { values } = parseArgs({
      options: { url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    const url = values.url ?? DEFAULT_URL;
    if (!URL.canParse(url)) throw new Error(`--url ${url} is not a URL`);
    return { url, help: values.help ?? false };
  } catch (error) {
    throw new ScreenshotError(
      `${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`,
    );
  }
}

/** Whether an HTTP server answers 2xx at `url` (node:http: fetch refuses port 4190). */
function answers(url: string): Promise<boolean> {
  return new Promise((done) => {
    const request = get(url, (response) => {
      response.resume();
      const status = response.statusCode ?? 0;
      done(status >= 200 && status < 300);
    });
    request.setTimeout(5_000, () => request.destroy());
    request.on('error', () => done(false));
  });
}

async function main(): Promise<void> {
  const { url, help } = options();
  if (help) {
    console.log(USAGE);
    return;
  }
  if (!(await answers(url))) {
    throw new ScreenshotError(`no atlas answers at ${url}.\n\n${USAGE}`);
  }
  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    headless: true,
    args: [...LAUNCH_ARGS, ALLOWED_PORTS],
    ...(executablePath ? { executablePath } : {}),
  });
  try {
    mkdirSync(OUT_DIR, { recursive: true });
    console.log(`Lesson screenshots of ${url}:`);
    await run(browser, url);
  } finally {
    await browser.close();
  }
}

main().catch(reportFailure('screenshot:lessons'));
