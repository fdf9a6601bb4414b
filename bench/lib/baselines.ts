/**
 * The two peers the atlas is compared with in the same run, on the same machine: a bare
 * MapLibre page drawing the same shapes, and TimelineJS showing the same events.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { build } from 'vite';
import { REGION_BOUNDS } from '../../src/map/mapConstants.ts';
import type { BaselineWindow, MaplibreBaselineConfig } from '../baseline/maplibre.ts';
import { measureYearChanges, type YearChangeResult } from './app.ts';
import { closeWithin, freshContext, waitForMark } from './browser.ts';
import { startStaticServer } from './servers.ts';
import { round } from './stats.ts';
import { withTimeout } from './util.ts';

/** Builds bench/baseline/maplibre.html with Vite into `outDir`, minified like the app's build. */
export async function buildMaplibreBaseline(outDir: string): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../baseline');
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      rolldownOptions: { input: join(root, 'maplibre.html') },
    },
  });
}

/** The bare page, built and served beside a build's data files (the tools' own server). */
export interface ServedMaplibreBaseline {
  /** Origin of the page and of the data (the config's `dataOrigin`). */
  origin: string;
  url: string;
  /** Stops the server and removes the built page. */
  stop: () => Promise<void>;
}

/** Builds the bare page into a temporary folder and serves it with `distDir`'s data files. */
export async function serveMaplibreBaseline(distDir: string): Promise<ServedMaplibreBaseline> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-bare-'));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  try {
    await buildMaplibreBaseline(dir);
    const server = await startStaticServer(
      [
        { prefix: '/baseline/', dir },
        { prefix: '/data/', dir: join(distDir, 'data') },
      ],
      new Map(),
    );
    return {
      origin: server.origin,
      url: `${server.origin}/baseline/maplibre.html`,
      stop: async () => {
        await server.stop();
        await removeDir();
      },
    };
  } catch (error) {
    await removeDir();
    throw error;
  }
}

/**
 * The bare page set up as the atlas's map: the same shapes (served from `dataOrigin`), the
 * region's frame, and the atlas's map size as measured, else a typical one for this viewport.
 */
export function maplibreBaselineConfig(
  dataOrigin: string,
  mapBox: { width: number; height: number } | undefined,
  recolorCodes: string[],
): MaplibreBaselineConfig {
  return {
    shapesUrl: `${dataOrigin}/data/shapes.json`,
    bounds: REGION_BOUNDS,
    padding: 12,
    width: mapBox && mapBox.width > 0 ? mapBox.width : 900,
    height: mapBox && mapBox.height > 0 ? mapBox.height : 560,
    recolorCodes,
  };
}

/** Hands the bare page its settings before its script runs: it reads them as it starts. */
export async function configureMaplibreBaseline(
  context: BrowserContext,
  config: MaplibreBaselineConfig,
): Promise<void> {
  await context.addInitScript((value: MaplibreBaselineConfig) => {
    (window as BaselineWindow).__benchBaseline = value;
  }, config);
}

/** The bare page's own mark, set in its map's first 'idle' handler. */
export const BASELINE_IDLE_MARK = 'baseline:map-idle';
const BASELINE_TIMEOUT_MS = 60_000;

export interface OpenBaseline {
  context: BrowserContext;
  page: Page;
  /** Its first 'idle', from navigation start. */
  idleMs: number;
}

/** Opens the bare page in a fresh context and waits for its map's first idle. */
export async function openMaplibreBaseline(
  browser: Browser,
  pageUrl: string,
  config: MaplibreBaselineConfig,
): Promise<OpenBaseline> {
  const context = await freshContext(browser);
  try {
    await configureMaplibreBaseline(context, config);
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'commit', timeout: BASELINE_TIMEOUT_MS });
    const idleMs = await waitForMark(page, BASELINE_IDLE_MARK, BASELINE_TIMEOUT_MS);
    return { context, page, idleMs: round(idleMs) };
  } catch (error) {
    await closeWithin(context);
    throw error;
  }
}

/** Opens the bare page, waits for its map's first idle, runs `measure`, and closes it. */
async function inMaplibreBaseline<T>(
  browser: Browser,
  pageUrl: string,
  config: MaplibreBaselineConfig,
  measure: (page: Page, idleMs: number) => Promise<T>,
): Promise<T> {
  const { context, page, idleMs } = await openMaplibreBaseline(browser, pageUrl, config);
  try {
    return await measure(page, idleMs);
  } finally {
    await closeWithin(context);
  }
}

/** Time from navigation to the bare page's first 'idle', from its own performance mark. */
export function measureMaplibreBaseline(
  browser: Browser,
  pageUrl: string,
  config: MaplibreBaselineConfig,
): Promise<number> {
  return inMaplibreBaseline(browser, pageUrl, config, (_, idleMs) => Promise.resolve(idleMs));
}

/** The same year-change timing as the atlas's, on the bare page recolouring its countries. */
export function measureMaplibreRecolor(
  browser: Browser,
  pageUrl: string,
  config: MaplibreBaselineConfig,
  count: number,
): Promise<YearChangeResult> {
  return inMaplibreBaseline(browser, pageUrl, config, (page) =>
    measureYearChanges(page, count, 60_000, 'bare-maplibre'),
  );
}

export interface TimelineJsSample {
  /** TimelineJS's 'loaded' event: story slider and time navigator built. */
  loadedMs: number;
  /** When its data had been fetched and parsed, before TimelineJS started. */
  dataMs: number;
  markers: number;
}

/** Google Fonts, which TimelineJS's default font CSS asks for: answered empty, offline. */
const GOOGLE_FONTS = /^https?:\/\/fonts\.(googleapis|gstatic)\.com\//;

export async function measureTimelineJs(
  browser: Browser,
  pageUrl: string,
  timeoutMs: number,
): Promise<TimelineJsSample> {
  const context = await freshContext(browser);
  try {
    await context.route(GOOGLE_FONTS, (route) =>
      route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
    );
    const loaded = new Promise<TimelineJsSample>((resolve) => {
      void context.exposeFunction('benchTimelineLoaded', (sample: TimelineJsSample) => {
        resolve(sample);
      });
    });
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'commit', timeout: timeoutMs });
    const sample = await withTimeout(loaded, timeoutMs, 'TimelineJS');
    await stopRenderer(page);
    return {
      loadedMs: round(sample.loadedMs),
      dataMs: round(sample.dataMs),
      markers: sample.markers,
    };
  } catch (error) {
    const page = context.pages()[0];
    if (page) await stopRenderer(page);
    throw error;
  } finally {
    await closeWithin(context);
  }
}

/**
 * Ends a page that is still busy (TimelineJS laying out 10,000 slides keeps its main thread for
 * minutes), so it does not eat the CPU of what is measured next. A page that answers is left
 * to the usual close, which is much faster than closing a crashed one.
 */
async function stopRenderer(page: Page): Promise<void> {
  try {
    await withTimeout(
      page.evaluate(() => 0),
      1_000,
      'responsive',
    );
  } catch {
    try {
      const cdp = await withTimeout(page.context().newCDPSession(page), 5_000, 'CDP session');
      // A crashed page never answers: send and move on.
      void cdp.send('Page.crash').catch(() => undefined);
    } catch {
      // Already gone: it is no longer running.
    }
  }
}
