/**
 * Main-thread busy time (Chromium's TaskDuration: every task of the page's main thread, scripts,
 * style, layout, paint and waits on the GPU process included) of three cold loads, in turns:
 *
 * - the atlas without its map (the map's chunk and shapes refused), until its timeline shows
 *   its events: the work of the first screen;
 * - the whole atlas, until its map's first idle;
 * - the bare MapLibre page, until its first idle.
 *
 * It says what two of the load budgets ask of one thread: the first screen must come before
 * the map is ready, and the map must be ready within 1.2 times the bare page. Both cannot
 * fit once the first screen's work plus the bare page's own work is longer than that.
 *
 *   npm run build && npm run bench:busy -- [--rounds 5]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import {
  BASELINE_IDLE_MARK,
  configureMaplibreBaseline,
  maplibreBaselineConfig,
  serveMaplibreBaseline,
} from '../lib/baselines.ts';
import { closeWithin, freshContext, launchBrowser, waitForMark } from '../lib/browser.ts';
import { startAtlasServer } from '../lib/servers.ts';
import { median } from '../lib/stats.ts';
import { withTimeout } from '../lib/util.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);
const DIST = join(dirname(fileURLToPath(import.meta.url)), '../../dist');
const TIMEOUT_MS = 60_000;

interface Busy {
  /** When the page reached the state measured, from navigation start. */
  atMs: number;
  busyMs: number;
}

async function openMeasured(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Counted from here, before the navigation, so the page's first task is in.
  await cdp.send('Performance.enable');
  return { page, cdp };
}

async function busyMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = metrics.find((m) => m.name === 'TaskDuration');
  if (!task) throw new Error('Chromium reported no TaskDuration');
  return task.value * 1000;
}

async function inContext<T>(run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await freshContext(browser);
  try {
    return await withTimeout(run(context), TIMEOUT_MS * 2, 'load');
  } finally {
    await closeWithin(context);
  }
}

const firstScreen = () =>
  inContext(async (context) => {
    await context.route(/\/assets\/MapView-[^/]*\.js$|\/data\/(shapes|labels)\.json$/, (route) =>
      route.abort(),
    );
    const { page, cdp } = await openMeasured(context);
    await page.goto(`${atlas.origin}/`, { waitUntil: 'commit' });
    await page.locator('[data-testid^="timeline.event."]').first().waitFor({ timeout: TIMEOUT_MS });
    // The conservative figure: taken as soon as the timeline is seen, not once the page is quiet.
    const busy = await busyMs(cdp);
    const atMs = await page.evaluate(() => performance.now());
    return { atMs, busyMs: busy };
  });

/** Loads `url` and waits for the page's own performance mark `mark` (set in its first idle). */
async function untilMark(
  context: BrowserContext,
  url: string,
  mark: string,
  inspect?: (page: Page) => Promise<void>,
): Promise<Busy> {
  const { page, cdp } = await openMeasured(context);
  await page.goto(url, { waitUntil: 'commit' });
  const atMs = await waitForMark(page, mark, TIMEOUT_MS);
  const busy = await busyMs(cdp);
  await inspect?.(page);
  return { atMs, busyMs: busy };
}

/** The atlas's map as last measured: the bare page draws the same number of pixels. */
let mapBox: { width: number; height: number } | undefined;

const whole = () =>
  inContext((context) =>
    untilMark(context, `${atlas.origin}/`, 'atlas:map-ready', async (page) => {
      const box = await page.getByTestId('map').boundingBox();
      if (box) mapBox = { width: Math.round(box.width), height: Math.round(box.height) };
    }),
  );

const bare = () =>
  inContext(async (context) => {
    await configureMaplibreBaseline(context, maplibreBaselineConfig(baseline.origin, mapBox, []));
    return untilMark(context, baseline.url, BASELINE_IDLE_MARK);
  });

const baseline = await serveMaplibreBaseline(DIST);
const atlas = await startAtlasServer(DIST);
const browser = await launchBrowser();
try {
  const kinds = [
    ['atlas without its map, first screen', firstScreen],
    ['atlas, to the map’s first idle', whole],
    ['bare MapLibre page, to its first idle', bare],
  ] as const;
  // The first page of a fresh browser also starts its GPU process: not counted. The atlas's
  // warm-up also measures its map, at whose size the bare page is then drawn.
  for (const [, measure] of kinds) await measure();
  const results: Busy[][] = kinds.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const [i, [, measure]] of kinds.entries()) results[i]?.push(await measure());
  }
  const medians = results.map((runs) => ({
    atMs: median(runs.map((r) => r.atMs)),
    busyMs: median(runs.map((r) => r.busyMs)),
  }));
  console.log(
    `${String(rounds)} rounds, medians (main thread busy / reached at, from navigation):`,
  );
  for (const [i, [name]] of kinds.entries()) {
    const m = medians[i];
    if (m) console.log(`  ${name}: busy ${m.busyMs.toFixed(0)} ms, at ${m.atMs.toFixed(0)} ms`);
  }
  const [screen, , floor] = medians;
  if (screen && floor) {
    console.log(
      `  first screen + the bare page's own work: ${(screen.busyMs + floor.busyMs).toFixed(0)} ms ` +
        `of one thread; 1.2 × the bare page: ${(1.2 * floor.atMs).toFixed(0)} ms`,
    );
  }
} finally {
  await browser.close();
  await Promise.all([atlas.stop(), baseline.stop()]);
}
