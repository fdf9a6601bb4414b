/**
 * Measurements of the atlas itself, through the page's test hook (`window.__atlas`). Every
 * function handed to page.evaluate runs in the browser: it can use nothing from this module
 * but its arguments and types.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { AtlasStore } from '../../src/state/store.ts';
import { closeWithin, collectErrors, freshContext } from './browser.ts';
import { round, summarize, type Summary } from './stats.ts';
import { withTimeout } from './util.ts';

/** Times from navigation start (the page's time origin), in ms, taken in the page. */
interface LoadMarks {
  shell: number | null;
  timeline: number | null;
  mapReady: number | null;
}

interface BenchWindow {
  __atlas?: { getState: () => AtlasStore; isMapReady: () => boolean };
  __benchLoad?: LoadMarks;
  /** The bare MapLibre page's stand-in for a year change (bench/baseline/maplibre.ts). */
  __benchBaselineRecolor?: (step: number) => void;
}

export interface LoadSample {
  /** The Year slider is visible and carries aria-valuenow. */
  shellMs: number;
  /** …and the timeline shows at least one event mark. */
  timelineMs: number;
  /** The map element says data-ready="true" (first idle). */
  mapReadyMs: number;
  /** The app's own 'atlas:map-ready' performance mark. */
  mapReadyMarkMs: number | null;
  /** Size of the map element, so the bare MapLibre page draws the same number of pixels. */
  mapBox: { width: number; height: number };
  /** Event marks on the timeline once loaded: shows which events.json the page really used. */
  eventMarks: number;
  /** Cluster marks (several events too close to draw apart), and the events they hold. */
  clusterMarks: number;
  clusteredEvents: number;
  /** MapLibre's canvas, or the app's SVG fallback (drawn where WebGL2 is missing). */
  mapRenderer: 'maplibre' | 'svg fallback' | 'unknown';
  /** When each chunk and data file was requested and arrived: where the load time goes. */
  resources: ResourceTiming[];
  errors: string[];
}

export interface ResourceTiming {
  /** File name without its content hash: "MapView.js", "shapes.json". */
  name: string;
  startMs: number;
  endMs: number;
}

export interface OpenApp {
  context: BrowserContext;
  page: Page;
  load: LoadSample;
}

const LOAD_TIMEOUT_MS = 60_000;
const FRAME_MS = 1000 / 60;

/**
 * Installed before the app's own scripts: checks once per frame (just before it is painted)
 * for the shell, the first event mark and the ready map, and notes when each first appears.
 */
function recordLoadMarks(): void {
  const marks: LoadMarks = { shell: null, timeline: null, mapReady: null };
  (window as BenchWindow).__benchLoad = marks;
  const check = (): void => {
    const now = performance.now();
    if (marks.shell === null) {
      const slider = document.querySelector('[role="slider"][aria-label="Year"]');
      if (slider?.hasAttribute('aria-valuenow') === true && slider.checkVisibility()) {
        marks.shell = now;
      }
    }
    if (marks.shell !== null && marks.timeline === null) {
      if (
        document.querySelector(
          '[data-testid^="timeline.event."], [data-testid^="timeline.cluster."]',
        )
      ) {
        marks.timeline = now;
      }
    }
    if (marks.mapReady === null) {
      if (document.querySelector('[data-testid="map"][data-ready="true"]')) marks.mapReady = now;
    }
    if (marks.shell === null || marks.timeline === null || marks.mapReady === null) {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}

function readLoad(): Omit<LoadSample, 'errors'> | null {
  const marks = (window as BenchWindow).__benchLoad;
  if (!marks || marks.shell === null || marks.timeline === null || marks.mapReady === null) {
    return null;
  }
  const box = document.querySelector('[data-testid="map"]')?.getBoundingClientRect();

  const resources = performance
    .getEntriesByType('resource')
    .filter((entry) => /\/(assets|data)\/[^/]+\.(js|css|json|woff2)$/.test(entry.name))
    .map((entry) => ({
      name: (entry.name.split('/').pop() ?? entry.name).replace(/-[\w-]{8}\./, '.'),
      startMs: Math.round(entry.startTime),
      endMs: Math.round((entry as PerformanceResourceTiming).responseEnd),
    }));
  const map = document.querySelector('[data-testid="map"]');
  const mapRenderer = map?.querySelector('canvas.maplibregl-canvas')
    ? 'maplibre'
    : map?.querySelector('svg')
      ? 'svg fallback'
      : 'unknown';
  return {
    eventMarks: document.querySelectorAll('[data-testid^="timeline.event."]').length,
    clusterMarks: document.querySelectorAll('[data-testid^="timeline.cluster."]').length,
    clusteredEvents: [...document.querySelectorAll('[data-testid^="timeline.cluster."]')].reduce(
      (sum, mark) => sum + Number(mark.getAttribute('data-count') ?? 0),
      0,
    ),
    mapRenderer,
    resources,
    shellMs: marks.shell,
    timelineMs: marks.timeline,
    mapReadyMs: marks.mapReady,
    mapReadyMarkMs: performance.getEntriesByName('atlas:map-ready')[0]?.startTime ?? null,
    mapBox: { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) },
  };
}

function roundLoad(load: Omit<LoadSample, 'errors'>, errors: string[]): LoadSample {
  return {
    ...load,
    shellMs: round(load.shellMs),
    timelineMs: round(load.timelineMs),
    mapReadyMs: round(load.mapReadyMs),
    mapReadyMarkMs: load.mapReadyMarkMs === null ? null : round(load.mapReadyMarkMs),
    errors,
  };
}

/**
 * Opens the app in a fresh context and waits for the map's first idle. `events` replaces
 * /data/events.json (the synthetic dataset), served through page routing like a real file.
 */
export async function openApp(browser: Browser, origin: string, events?: Buffer): Promise<OpenApp> {
  const context = await freshContext(browser);
  try {
    if (events) {
      await context.route('**/data/events.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: events }),
      );
    }
    await context.addInitScript(recordLoadMarks);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    try {
      await page.waitForFunction(readLoad, undefined, { timeout: LOAD_TIMEOUT_MS, polling: 100 });
    } catch {
      const reached = await page.evaluate(() => (window as BenchWindow).__benchLoad ?? null);
      const detail = errors.slice(0, 2).join(' | ');
      throw new Error(
        `the app did not become ready in ${String(LOAD_TIMEOUT_MS / 1000)} s ` +
          `(reached: ${JSON.stringify(reached)}${detail ? `; ${detail}` : ''})`,
      );
    }
    const load = await page.evaluate(readLoad);
    if (!load) throw new Error('load marks vanished');
    return { context, page, load: roundLoad(load, errors) };
  } catch (error) {
    await closeWithin(context);
    throw error;
  }
}

export async function measureColdLoad(browser: Browser, origin: string): Promise<LoadSample> {
  const app = await openApp(browser, origin);
  await closeWithin(app.context);
  return app.load;
}

/**
 * Waits until the service worker has finished precaching the atlas (a first visit does it in
 * the background once the map is ready), so interactions are measured in the steady state a
 * reader reaches seconds after arriving, not against 2.8 MB being downloaded and stored.
 * Gives up after `ms`; says whether it finished.
 */
export async function waitForOfflineCache(page: Page, ms = 30_000): Promise<boolean> {
  return page.evaluate(async (timeout) => {
    if (!('serviceWorker' in navigator)) return false;
    const ready = navigator.serviceWorker.ready.then(() => true);
    const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeout));
    return Promise.race([ready, late]);
  }, ms);
}

/** Lets the map and the timeline settle after load, so a measurement starts from quiet. */
async function settle(page: Page, ms: number): Promise<void> {
  await page.waitForTimeout(ms);
}

interface YearChangeSample {
  /** As specified: performance.now() before selectYear → the second rAF callback after it. */
  doubleRaf: number;
  /** → the end of the next frame's rendering (a message posted from its rAF callback). */
  nextPaint: number;
  /** Main-thread work only: the change's JS plus the next frame's rendering, no frame wait. */
  work: number;
  /** The synchronous part: the store's set and its subscribers (the map's feature-state). */
  sync: number;
  /** …plus React's render and commit, which run in the microtask right after. */
  js: number;
  /** The next frame: rAF callbacks (MapLibre's draw), style, layout and paint. */
  render: number;
  followed: boolean;
}

interface YearChangeRaw {
  samples: YearChangeSample[];
  /** Long tasks and long animation frames over the whole series, durations in ms. */
  longTasks: number[];
  longAnimationFrames: number[];
  elapsedMs: number;
}

/**
 * Runs in the page. Each change starts at a random point of a frame, as a reader's input
 * would, then follows it through the next frame: its own rAF callback runs first in that frame,
 * MapLibre's repaint (requested while the change ran) after it, and a message posted from that
 * callback runs once the frame has been rendered.
 */
async function yearChangesInPage(args: {
  count: number;
  seed: number;
  deadlineMs: number;
  target: ChangeTarget;
}): Promise<YearChangeRaw> {
  const { __atlas: atlas, __benchBaselineRecolor: recolor } = window as BenchWindow;
  let current = 1960;
  const change =
    args.target === 'atlas'
      ? atlas && ((year: number) => atlas.getState().actions.selectYear(year))
      : recolor;
  if (!change) throw new Error(`the page has no hook for ${args.target}`);
  let state = args.seed >>> 0;
  // mulberry32: the same years on every run.
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const slider = () => document.querySelector('[role="slider"][aria-label="Year"]');
  const measureOne = (year: number) =>
    new Promise<YearChangeSample>((resolve) => {
      let tPaint = 0;
      let tDouble = 0;
      let r1 = 0;
      const t0 = performance.now();
      // Registered before the change, so this callback runs first in the next frame, ahead of
      // the repaint MapLibre requests while the change runs: r1 is where that frame starts.
      requestAnimationFrame(() => {
        r1 = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          tPaint = performance.now();
          finish();
        };
        channel.port2.postMessage(null);
        requestAnimationFrame(() => {
          tDouble = performance.now();
          finish();
        });
      });
      change(year);
      current = year;
      const tSync = performance.now();
      let tJs = tSync;
      // Queued after React's own microtask, so it runs once React has rendered and committed.
      queueMicrotask(() => {
        tJs = performance.now();
      });
      const finish = () => {
        if (tPaint === 0 || tDouble === 0) return;
        resolve({
          doubleRaf: tDouble - t0,
          nextPaint: tPaint - t0,
          work: tJs - t0 + (tPaint - r1),
          sync: tSync - t0,
          js: tJs - t0,
          render: tPaint - r1,
          followed:
            args.target !== 'atlas' || slider()?.getAttribute('aria-valuenow') === String(year),
        });
      };
    });

  // Main-thread work the per-change figures cannot see (tasks between the change and its
  // frame, such as MapLibre handling its worker's replies) shows up here.
  const longTasks: number[] = [];
  const longAnimationFrames: number[] = [];
  const observers = (['longtask', 'long-animation-frame'] as const)
    .filter((type) => PerformanceObserver.supportedEntryTypes.includes(type))
    .map((type) => {
      const sink = type === 'longtask' ? longTasks : longAnimationFrames;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) sink.push(entry.duration);
      });
      observer.observe({ type, buffered: false });
      return observer;
    });

  const samples: YearChangeSample[] = [];
  const started = performance.now();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  for (let i = 0; i < args.count; i += 1) {
    if (performance.now() - started > args.deadlineMs) break;
    let year = 1960 + Math.floor(random() * 66);
    if (year === current) year = year === 2025 ? 1960 : year + 1;
    await new Promise((resolve) => setTimeout(resolve, random() * 16));
    samples.push(await measureOne(year));
  }
  const elapsedMs = performance.now() - started;
  for (const observer of observers) {
    for (const entry of observer.takeRecords()) {
      (entry.entryType === 'longtask' ? longTasks : longAnimationFrames).push(entry.duration);
    }
    observer.disconnect();
  }
  return { samples, longTasks, longAnimationFrames, elapsedMs };
}

export interface YearChangeResult {
  requested: number;
  completed: number;
  /** How many changes the slider's aria-valuenow had followed by the next frame. */
  sliderFollowed: number;
  doubleRafMs: Summary;
  nextPaintMs: Summary;
  workMs: Summary;
  syncMs: Summary;
  jsMs: Summary;
  renderMs: Summary;
  /** Over the whole series: how much of its time the main thread spent in long tasks. */
  elapsedMs: number;
  longTasks: number;
  longTaskTotalMs: number;
  longAnimationFrames: number;
  longAnimationFrameTotalMs: number;
}

/** The atlas's year change, or the bare MapLibre page recolouring the same countries. */
export type ChangeTarget = 'atlas' | 'bare-maplibre';

/** `count` changes, stopped early (and said so) once `deadlineMs` has passed. */
export async function measureYearChanges(
  page: Page,
  count: number,
  deadlineMs: number,
  target: ChangeTarget = 'atlas',
): Promise<YearChangeResult> {
  await settle(page, 1_000);
  const raw = await withTimeout(
    page.evaluate(yearChangesInPage, { count, seed: 20250601, deadlineMs, target }),
    deadlineMs + 30_000,
    'year changes',
  );
  const pick = (key: Exclude<keyof YearChangeSample, 'followed'>) =>
    summarize(raw.samples.map((s) => s[key]));
  return {
    requested: count,
    completed: raw.samples.length,
    sliderFollowed: raw.samples.filter((s) => s.followed).length,
    doubleRafMs: pick('doubleRaf'),
    nextPaintMs: pick('nextPaint'),
    workMs: pick('work'),
    syncMs: pick('sync'),
    jsMs: pick('js'),
    renderMs: pick('render'),
    elapsedMs: round(raw.elapsedMs),
    longTasks: raw.longTasks.length,
    longTaskTotalMs: round(raw.longTasks.reduce((sum, d) => sum + d, 0)),
    longAnimationFrames: raw.longAnimationFrames.length,
    longAnimationFrameTotalMs: round(raw.longAnimationFrames.reduce((sum, d) => sum + d, 0)),
  };
}

interface TimedEntry {
  start: number;
  duration: number;
}

interface PlayRaw {
  durationMs: number;
  finalYear: number;
  timedOut: boolean;
  frameDeltas: number[];
  longTasks: TimedEntry[];
  longAnimationFrames: TimedEntry[];
  longAnimationFramesSupported: boolean;
}

/** Runs in the page: a whole Play at the fastest pace, watched frame by frame. */
async function playInPage(args: { timeoutMs: number }): Promise<PlayRaw> {
  const atlas = (window as BenchWindow).__atlas;
  if (!atlas) throw new Error('window.__atlas is missing');
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const longTasks: TimedEntry[] = [];
  const longAnimationFrames: TimedEntry[] = [];
  const observers: PerformanceObserver[] = [];
  const observe = (type: string, sink: TimedEntry[]): boolean => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return false;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        sink.push({ start: entry.startTime, duration: entry.duration });
      }
    });
    observer.observe({ type, buffered: false });
    observers.push(observer);
    return true;
  };
  observe('longtask', longTasks);
  const loafSupported = observe('long-animation-frame', longAnimationFrames);

  const { actions } = atlas.getState();
  actions.setSpeed('fast');
  actions.selectYear(1960);
  await frame();
  await frame();
  const started = performance.now();
  actions.play();
  const frameDeltas: number[] = [];
  let timedOut = false;
  let last = await frame();
  for (;;) {
    const now = await frame();
    frameDeltas.push(now - last);
    last = now;
    if (!atlas.getState().playing) break;
    if (performance.now() - started > args.timeoutMs) {
      timedOut = true;
      atlas.getState().actions.pause();
      break;
    }
  }
  const ended = performance.now();
  // Observers deliver entries asynchronously: give the last ones time to arrive.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const observer of observers) {
    for (const entry of observer.takeRecords()) {
      const sink = entry.entryType === 'longtask' ? longTasks : longAnimationFrames;
      sink.push({ start: entry.startTime, duration: entry.duration });
    }
    observer.disconnect();
  }
  const during = (entry: TimedEntry) => entry.start >= started && entry.start <= ended;
  return {
    durationMs: ended - started,
    finalYear: atlas.getState().year,
    timedOut,
    frameDeltas,
    longTasks: longTasks.filter(during),
    longAnimationFrames: longAnimationFrames.filter(during),
    longAnimationFramesSupported: loafSupported,
  };
}

export interface PlayResult {
  durationMs: number;
  /** 65 steps at 250 ms: 16,250 ms when every step is on time. */
  expectedMs: number;
  finalYear: number;
  timedOut: boolean;
  frames: number;
  /** rAF deltas over 1.5 frames (25 ms). */
  droppedFrameEvents: number;
  /** Frames that should have been drawn and were not, estimated from the same deltas. */
  missedFrames: number;
  frameDeltaMs: Summary;
  longTasks: number;
  longTaskTotalMs: number;
  longTaskMaxMs: number;
  longAnimationFrames: number | null;
  longAnimationFrameMaxMs: number | null;
}

export async function measurePlay(page: Page): Promise<PlayResult> {
  await settle(page, 1_000);
  const timeoutMs = 90_000;
  const raw = await withTimeout(
    page.evaluate(playInPage, { timeoutMs }),
    timeoutMs + 30_000,
    'play',
  );
  const slow = raw.frameDeltas.filter((d) => d > 1.5 * FRAME_MS);
  const taskDurations = raw.longTasks.map((t) => t.duration);
  const loafDurations = raw.longAnimationFrames.map((t) => t.duration);
  return {
    durationMs: round(raw.durationMs),
    expectedMs: 65 * 250,
    finalYear: raw.finalYear,
    timedOut: raw.timedOut,
    frames: raw.frameDeltas.length,
    droppedFrameEvents: slow.length,
    missedFrames: slow.reduce((sum, d) => sum + Math.max(0, Math.round(d / FRAME_MS) - 1), 0),
    frameDeltaMs: summarize(raw.frameDeltas),
    longTasks: raw.longTasks.length,
    longTaskTotalMs: round(taskDurations.reduce((sum, d) => sum + d, 0)),
    longTaskMaxMs: round(taskDurations.length > 0 ? Math.max(...taskDurations) : 0),
    longAnimationFrames: raw.longAnimationFramesSupported ? raw.longAnimationFrames.length : null,
    longAnimationFrameMaxMs: raw.longAnimationFramesSupported
      ? round(loafDurations.length > 0 ? Math.max(...loafDurations) : 0)
      : null,
  };
}

/**
 * Runs in the page: `count` year changes, each in its own task, as fast as a scrub could make
 * them; every tenth waits for a frame so the map draws as it would. (One frame per change
 * would take minutes here, where each map frame is drawn in software.)
 */
async function scrubInPage(args: { count: number; offset: number }): Promise<number> {
  const atlas = (window as BenchWindow).__atlas;
  if (!atlas) throw new Error('window.__atlas is missing');
  for (let i = 0; i < args.count; i += 1) {
    // Steps of 7 years visit every year and never repeat the current one.
    atlas.getState().actions.selectYear(1960 + (((args.offset + i) * 7) % 66));
    if (i % 10 === 9) await new Promise((resolve) => requestAnimationFrame(resolve));
    else await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return atlas.getState().year;
}

export interface HeapResult {
  afterChanges: number;
  usedAfter10: number;
  usedAfter1000: number;
  growthBytes: number;
  domNodesAfter10: number | null;
  domNodesAfter1000: number | null;
  listenersAfter10: number | null;
  listenersAfter1000: number | null;
}

interface HeapPoint {
  used: number;
  nodes: number | null;
  listeners: number | null;
}

/** Used JS heap after two forced collections, with the DOM counters for a leak's shape. */
async function heapAfterGc(page: Page): Promise<HeapPoint> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.waitForTimeout(500);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    let nodes: number | null = null;
    let listeners: number | null = null;
    try {
      const counters = await cdp.send('Memory.getDOMCounters');
      nodes = counters.nodes;
      listeners = counters.jsEventListeners;
    } catch {
      // Older Chromium without the Memory domain: the heap figure stands alone.
    }
    return { used: usedSize, nodes, listeners };
  } finally {
    await cdp.detach();
  }
}

export async function measureHeap(page: Page, total: number): Promise<HeapResult> {
  await settle(page, 1_000);
  const first = 10;
  await withTimeout(page.evaluate(scrubInPage, { count: first, offset: 0 }), 30_000, 'heap: 10');
  const after10 = await heapAfterGc(page);
  await withTimeout(
    page.evaluate(scrubInPage, { count: total - first, offset: first }),
    180_000,
    `heap: ${String(total)}`,
  );
  const after1000 = await heapAfterGc(page);
  return {
    afterChanges: total,
    usedAfter10: after10.used,
    usedAfter1000: after1000.used,
    growthBytes: after1000.used - after10.used,
    domNodesAfter10: after10.nodes,
    domNodesAfter1000: after1000.nodes,
    listenersAfter10: after10.listeners,
    listenersAfter1000: after1000.listeners,
  };
}
