/**
 * The two peers the atlas is compared with in the same run, on the same machine: a bare
 * MapLibre page drawing the same shapes, and TimelineJS showing the same events.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { build } from 'vite';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { REGION_BOUNDS } from '../../src/map/mapConstants.ts';
import { measureYearChanges, type YearChangeResult } from './app.ts';
import { closeWithin, freshContext } from './browser.ts';
import { round } from './stats.ts';
import { withTimeout } from './util.ts';

/** Builds bench/baseline/maplibre.html with Vite, minified like the app's own build. */
export async function buildMaplibreBaseline(benchDir: string, outDir: string): Promise<void> {
  const root = join(benchDir, 'baseline');
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

export interface MaplibreBaselineConfig {
  shapesUrl: string;
  bounds: LngLatBoundsLike;
  padding: number;
  width: number;
  height: number;
  recolorCodes: string[];
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

interface BaselineWindow {
  __benchBaseline?: MaplibreBaselineConfig;
}

const BASELINE_TIMEOUT_MS = 60_000;

async function openMaplibreBaseline(
  browser: Browser,
  pageUrl: string,
  config: MaplibreBaselineConfig,
): Promise<{ context: BrowserContext; page: Page; idleMs: number }> {
  const context = await freshContext(browser);
  try {
    await context.addInitScript((value: MaplibreBaselineConfig) => {
      (window as BaselineWindow).__benchBaseline = value;
    }, config);
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'commit', timeout: BASELINE_TIMEOUT_MS });
    await page.waitForFunction(
      () => performance.getEntriesByName('baseline:map-idle').length > 0,
      undefined,
      { timeout: BASELINE_TIMEOUT_MS, polling: 100 },
    );
    const idle = await page.evaluate(
      () => performance.getEntriesByName('baseline:map-idle')[0]?.startTime ?? Number.NaN,
    );
    return { context, page, idleMs: round(idle) };
  } catch (error) {
    await closeWithin(context);
    throw error;
  }
}

/** Time from navigation to the bare page's first 'idle', from its own performance mark. */
export async function measureMaplibreBaseline(
  browser: Browser,
  pageUrl: string,
  config: MaplibreBaselineConfig,
): Promise<number> {
  const { context, idleMs } = await openMaplibreBaseline(browser, pageUrl, config);
  await closeWithin(context);
  return idleMs;
}

/** The same year-change timing as the atlas's, on the bare page recolouring its countries. */
export async function measureMaplibreRecolor(
  browser: Browser,
  pageUrl: string,
  config: MaplibreBaselineConfig,
  count: number,
): Promise<YearChangeResult> {
  const { context, page } = await openMaplibreBaseline(browser, pageUrl, config);
  try {
    return await measureYearChanges(page, count, 60_000, 'bare-maplibre');
  } finally {
    await closeWithin(context);
  }
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
