/**
 * Where a year change's frame goes, beside the bare MapLibre page: a Chromium trace of N year
 * changes on each page (the same keys as `npm run bench`), summed per change by phase of the
 * page's main thread (the change's own task, animation frames, style, layout, paint, commit) and
 * by thread (compositor, raster workers, the GPU process). It also counts the layouts a script
 * forced (layout read after a write) and the layout objects each change dirtied, and with
 * `--invalidations` lists what the layout invalidations were (recording them slows the page:
 * take the times from a run without it).
 *
 *   npm run build && npm run bench:trace -- [--changes 80] [--events 10000] [--invalidations]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { openApp, waitForOfflineCache, yearChangeSamples } from '../lib/app.ts';
import {
  maplibreBaselineConfig,
  openMaplibreBaseline,
  serveMaplibreBaseline,
} from '../lib/baselines.ts';
import { closeWithin, launchBrowser } from '../lib/browser.ts';
import { startAtlasServer } from '../lib/servers.ts';
import { summarize } from '../lib/stats.ts';
import { readBuiltData, syntheticEventsFile } from '../lib/synthetic.ts';

const { values } = parseArgs({
  options: {
    changes: { type: 'string', default: '80' },
    events: { type: 'string', default: '0' },
    port: { type: 'string', default: '4182' },
    invalidations: { type: 'boolean', default: false },
  },
});
const DIST = join(dirname(fileURLToPath(import.meta.url)), '../../dist');
const changes = Number(values.changes);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { nodeName?: string; reason?: string };
    beginData?: { dirtyObjects?: number; stackTrace?: unknown[] };
  };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'cc',
  'gpu',
  'viz',
  'toplevel',
];

/** The main thread's phases of a frame, as Chromium's trace names them. */
const PHASES: [label: string, event: string][] = [
  ['the change’s task (key event, render, commit)', 'TimerFire'],
  ['animation frame callbacks (MapLibre draws)', 'FireAnimationFrame'],
  ['style', 'UpdateLayoutTree'],
  ['layout', 'Layout'],
  ['pre-paint', 'PrePaint'],
  ['paint', 'Paint'],
  ['layerize', 'Layerize'],
  ['commit to the compositor', 'Commit'],
];

/** Total time covered by the events, nested or overlapping ones counted once. */
function coveredMs(events: readonly TraceEvent[]): number {
  const spans = events.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [start, stop] of spans) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total / 1000;
}

function report(title: string, events: readonly TraceEvent[], count: number): void {
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') {
      threadNames.set(`${String(e.pid)}:${String(e.tid)}`, e.args?.name ?? '?');
    }
  }
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of complete) {
    const key = `${String(e.pid)}:${String(e.tid)}`;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  const perChange = (ms: number) => `${(ms / count).toFixed(2).padStart(6)} ms`;
  // The page's renderer is the process whose main thread ran the change's tasks.
  const mainKey = [...byThread].find(
    ([key, list]) =>
      threadNames.get(key) === 'CrRendererMain' && list.some((e) => e.name === 'TimerFire'),
  )?.[0];
  const main = mainKey ? (byThread.get(mainKey) ?? []) : [];
  const pid = mainKey?.split(':')[0];
  console.log(`\n${title}, per change (${String(count)} changes)`);
  console.log(`${perChange(coveredMs(main))}  main thread busy`);
  for (const [label, name] of PHASES) {
    console.log(`${perChange(coveredMs(main.filter((e) => e.name === name)))}    ${label}`);
  }
  const layouts = main.filter((e) => e.name === 'Layout');
  const forced = layouts.filter((e) => (e.args?.beginData?.stackTrace?.length ?? 0) > 0);
  const dirtied = layouts.reduce((sum, e) => sum + (e.args?.beginData?.dirtyObjects ?? 0), 0);
  console.log(
    `         ${String(layouts.length)} layouts, ${String(forced.length)} forced by a script; ` +
      `${(dirtied / count).toFixed(0)} layout objects dirtied per change`,
  );
  for (const [key, list] of byThread) {
    if (key === mainKey) continue;
    const name = threadNames.get(key) ?? key;
    const inPage = key.startsWith(`${pid ?? ''}:`);
    const busy = coveredMs(list);
    if (busy / count < 0.2) continue;
    console.log(`${perChange(busy)}  ${name}${inPage ? '' : ' (another process)'}`);
  }
  if (values.invalidations) {
    const reasons = new Map<string, number>();
    for (const e of events) {
      if (e.name !== 'LayoutInvalidationTracking' || String(e.pid) !== pid) continue;
      const key = `${e.args?.data?.nodeName ?? '?'}: ${e.args?.data?.reason ?? '?'}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    console.log('   layout invalidations per change:');
    [...reasons]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .forEach(([key, n]) => console.log(`   ${(n / count).toFixed(1).padStart(6)}  ${key}`));
  }
}

async function traceYearChanges(
  browser: Browser,
  page: Page,
  target: 'atlas' | 'bare-maplibre',
  title: string,
): Promise<void> {
  // Tracking invalidations records a stack for each: it slows the change's own task severalfold.
  const categories = values.invalidations
    ? [...CATEGORIES, 'disabled-by-default-devtools.timeline.invalidationTracking']
    : CATEGORIES;
  await browser.startTracing(page, { categories });
  const raw = await yearChangeSamples(page, changes, 120_000, target);
  const trace = await browser.stopTracing();
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const figure = (key: 'work' | 'doubleRaf') => {
    const s = summarize(raw.samples.map((sample) => sample[key]));
    return `${String(s.p50)} / ${String(s.p95)} ms`;
  };
  report(
    `${title}: work ${figure('work')}, two rAF ${figure('doubleRaf')} (p50 / p95)`,
    traceEvents,
    raw.samples.length,
  );
}

const server = await startAtlasServer(DIST, Number(values.port));
const baseline = await serveMaplibreBaseline(DIST);
const browser = await launchBrowser();
try {
  const built = readBuiltData(DIST);
  const total = Number(values.events);
  const events =
    total > 0
      ? Buffer.from(JSON.stringify(syntheticEventsFile(built.events, built.countryCodes, total)))
      : undefined;
  const app = await openApp(browser, server.origin, { events });
  let mapBox: { width: number; height: number } | undefined;
  try {
    // Measured once the service worker has precached the build, as npm run bench does.
    await waitForOfflineCache(app.page);
    const box = await app.page.getByTestId('map').boundingBox();
    if (box) mapBox = { width: Math.round(box.width), height: Math.round(box.height) };
    const eventsNote = total > 0 ? `${String(total)} synthetic events` : 'real events';
    await traceYearChanges(browser, app.page, 'atlas', `Atlas, ${eventsNote}`);
  } finally {
    await closeWithin(app.context);
  }
  const config = maplibreBaselineConfig(baseline.origin, mapBox, built.countryCodes);
  const bare = await openMaplibreBaseline(browser, baseline.url, config);
  try {
    await traceYearChanges(browser, bare.page, 'bare-maplibre', 'Bare MapLibre page recolouring');
  } finally {
    await closeWithin(bare.context);
  }
} finally {
  await browser.close();
  await baseline.stop();
  await server.stop();
}
