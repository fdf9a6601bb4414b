/**
 * `npm run screenshot`: the README's picture (docs/screenshot.png, 1280×800) and, for reviewing
 * layouts, the same view at common screen sizes in screenshots/ (git-ignored). It was an e2e spec
 * that asserted nothing and rewrote a tracked file on every test run; as a script it runs when
 * someone means to update the picture.
 *
 * Serves the production build in dist/ with `vite preview` on a free port (and always stops it),
 * or uses a running atlas given with `--url`. Chromium is found and launched as the e2e tests and
 * the bench launch it (scripts/chromium.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath, LAUNCH_ARGS } from './chromium.ts';
import { reportFailure, ScreenshotError } from './screenshotError.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VIEW = '?year=2013&country=FRA';
const README_SHOT = { path: join(ROOT, 'docs', 'screenshot.png'), width: 1280, height: 800 };
const REVIEW_DIR = join(ROOT, 'screenshots');
/** Common laptop and desktop screens, and a phone (375×812: iPhone X to 13 mini). */
const REVIEW_SIZES = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 375, height: 812, mobile: true },
] as const;
const SERVER_TIMEOUT_MS = 30_000;
/** Software WebGL is slow: the map's first idle takes 3-5 s here (shared/ENVIRONMENT.md). */
const MAP_TIMEOUT_MS = 60_000;

const USAGE = `Usage: npm run screenshot [-- --url http://127.0.0.1:4173/]

Writes docs/screenshot.png (1280×800) and screenshots/*.png (1280×800, 1366×768, 1920×1080,
375×812) of ${VIEW}. Without --url it serves dist/ (run \`npm run build\` first) with
vite preview on a free port.`;

interface Server {
  origin: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((found, failed) => {
    const probe = createServer();
    probe.once('error', failed);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => found(port));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((stopped) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      stopped();
    });
    child.kill('SIGTERM');
  });
}

/**
 * `vite preview` on a free port. Vite's own script run by this Node, not `npx vite`: killing an
 * npx wrapper leaves the server running (shared/ENVIRONMENT.md); and not node_modules/.bin/vite,
 * a shell script on Windows that spawn() cannot run.
 */
async function startPreview(): Promise<Server> {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    throw new ScreenshotError(
      'dist/index.html not found: run `npm run build` first, or pass --url',
    );
  }
  const port = String(await freePort());
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const server = { origin: `http://127.0.0.1:${port}`, stop: () => stopProcess(child) };
  const deadline = Date.now() + SERVER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new ScreenshotError(`vite preview exited before serving:\n${output.trim()}`);
    }
    const response = await fetch(`${server.origin}/`).catch(() => null);
    if (response?.ok) return server;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  await server.stop();
  throw new ScreenshotError(
    `vite preview did not answer at ${server.origin} within ${String(SERVER_TIMEOUT_MS / 1000)} s:\n${output.trim()}`,
  );
}

async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    return await chromium.launch({
      headless: true,
      args: [...LAUNCH_ARGS],
      ...(executablePath ? { executablePath } : {}),
    });
  } catch (error) {
    throw new ScreenshotError(
      `Chromium did not start (${executablePath ?? "Playwright's own build"}): install one ` +
        '(`sudo apt-get install chromium`, or `npx playwright install chromium`), or set ' +
        `CHROMIUM_PATH.\n${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

interface Shot {
  path: string;
  width: number;
  height: number;
  mobile?: boolean;
}

/** One picture in a fresh context; returns the page's errors, if any, for the log. */
async function capture(browser: Browser, url: string, shot: Shot): Promise<string[]> {
  const mobile = shot.mobile ?? false;
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.height },
    deviceScaleFactor: 1,
    isMobile: mobile,
    hasTouch: mobile,
    // The README shows the English atlas, whatever the machine's language.
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const response = await page.goto(url).catch((error: unknown) => {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      throw new ScreenshotError(`could not open ${url}: is the atlas served there? (${reason})`);
    });
    if (!response?.ok()) {
      throw new ScreenshotError(`${url} answered ${String(response?.status() ?? 'nothing')}`);
    }
    try {
      await page
        .locator('[data-testid="map"][data-ready="true"]')
        .waitFor({ timeout: MAP_TIMEOUT_MS });
    } catch {
      throw new ScreenshotError(
        `the map at ${url} was not ready (data-ready="true") within ${String(MAP_TIMEOUT_MS / 1000)} s` +
          (errors.length > 0 ? `; page errors:\n  ${errors.join('\n  ')}` : ''),
      );
    }
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    mkdirSync(dirname(shot.path), { recursive: true });
    await page.screenshot({ path: shot.path });
    return errors;
  } finally {
    await context.close();
  }
}

function options(): { url: string | undefined; help: boolean } {
  try {
    const { values } = parseArgs({
      options: { url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.url !== undefined && !URL.canParse(values.url)) {
      throw new Error(`--url ${values.url} is not a URL`);
    }
    return { url: values.url, help: values.help ?? false };
  } catch (error) {
    throw new ScreenshotError(
      `${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`,
    );
  }
}

async function main(): Promise<void> {
  const { url: given, help } = options();
  if (help) {
    console.log(USAGE);
    return;
  }
  let server: Server | undefined;
  let browser: Browser | undefined;
  // Ctrl-C must not leave the preview server behind (Playwright closes its browser itself).
  const onSignal = () => {
    void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    if (given === undefined) server = await startPreview();
    const url = new URL(VIEW, given ?? `${server?.origin ?? ''}/`).href;
    browser = await launch();
    const shots: Shot[] = [
      README_SHOT,
      ...REVIEW_SIZES.map((size) => ({
        ...size,
        path: join(REVIEW_DIR, `atlas-${String(size.width)}x${String(size.height)}.png`),
      })),
    ];
    console.log(`Screenshots of ${url}:`);
    for (const shot of shots) {
      const errors = await capture(browser, url, shot);
      console.log(`  ${String(shot.width)}×${String(shot.height)}  ${relative(ROOT, shot.path)}`);
      for (const error of errors)
        console.warn(`    page error (the picture may show it): ${error}`);
    }
  } finally {
    await browser?.close();
    await server?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().catch(reportFailure('screenshot'));
