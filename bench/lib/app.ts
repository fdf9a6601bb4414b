/**
 * Measurements of the atlas itself. The page is driven as a reader drives it (keys on the Year
 * slider, the Speed list, the Play button) and read through its read-only test hook
 * (`window.__atlas`). Every function handed to page.evaluate runs in the browser: it can use
 * nothing from this module but its arguments and types.
 */
import type { Browser, BrowserContext, ElementHandle, Page } from '@playwright/test';
import { FIRST_YEAR, LAST_YEAR } from '../../src/data/schemas.ts';
import { PLAY_SPEEDS } from '../../src/state/stateConstants.ts';
import { keyToYear } from '../../src/timeline/timelineModel.ts';
import type { BaselineWindow } from '../baseline/maplibre.ts';
import { closeWithin, collectErrors, freshContext } from './browser.ts';
import { round, summarize, type Summary } from './stats.ts';
import { seededRandom } from '../../scripts/seededRandom.ts';
import { pick } from './synthetic.ts';
import { withTimeout } from './util.ts';

/** Times from navigation start (the page's time origin), in ms, taken in the page. */
interface LoadMarks {
  shell: number | null;
  timeline: number | null;
  mapReady: number | null;
}

interface BenchWindow extends BaselineWindow {
  /** The page's test hook: what the bench reads of its snapshot (src/main.tsx). */
  __atlas?: { snapshot: () => { year: number; playing: boolean } };
  __benchLoad?: LoadMarks;
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
  /**
   * The app's 'atlas:shown' mark: React has drawn the atlas or taken over the first screen
   * written at build time, so the Year slider now answers keys (the marks above only say that
   * it is on the page).
   */
  shownMarkMs: number | null;
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
    shownMarkMs: performance.getEntriesByName('atlas:shown')[0]?.startTime ?? null,
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
    shownMarkMs: load.shownMarkMs === null ? null : round(load.shownMarkMs),
    errors,
  };
}

export interface OpenAppOptions {
  /** Replaces /data/events.json (the synthetic dataset), served through page routing. */
  events?: Buffer | undefined;
  /** Runs on the new page just before it navigates (the profiler starts there). */
  beforeNavigation?: (page: Page) => Promise<void>;
}

/** Opens the app in a fresh context and waits for the map's first idle. */
export async function openApp(
  browser: Browser,
  origin: string,
  { events, beforeNavigation }: OpenAppOptions = {},
): Promise<OpenApp> {
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
    await beforeNavigation?.(page);
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

/** The keys the Year slider handles (src/timeline/YearHandle.tsx), each a year change. */
const YEAR_KEYS = ['ArrowLeft', 'ArrowRight', 'PageDown', 'PageUp', 'Home', 'End'] as const;

export type YearSlider = ElementHandle<HTMLElement | SVGElement>;

interface YearStep {
  key: (typeof YEAR_KEYS)[number];
  /** The year the slider shows once the key is handled. */
  year: number;
  /** The wait before the key, so each change starts at a random point of a frame. */
  delayMs: number;
}

/**
 * `count` key presses from the first year, each moving the year (a key that would not, such as
 * Home on the first year, is skipped): small steps and long jumps, the same on every run.
 */
function yearSteps(count: number): YearStep[] {
  const random = seededRandom(20250601);
  const steps: YearStep[] = [];
  let year = FIRST_YEAR;
  while (steps.length < count) {
    const key = pick(random, YEAR_KEYS);
    const next = keyToYear(key, year);
    if (next === null || next === year) continue;
    steps.push({ key, year: next, delayMs: random() * FRAME_MS });
    year = next;
  }
  return steps;
}

/**
 * The Year slider, found as a reader finds it (by role and name), focused and moved to the
 * first year by a real key press, where every series of `yearSteps` starts. The measured keys
 * are then dispatched in the page, with no round trip to the bench: window.__atlas is
 * read-only (no test hook ships the store's actions), so the year moves as the keyboard moves
 * it, a bubbling keydown that React hands to the slider.
 */
export async function yearSliderAtFirstYear(page: Page): Promise<YearSlider> {
  const slider = page.getByRole('slider', { name: 'Year', exact: true });
  await slider.press('Home');
  return slider.elementHandle();
}

export interface YearChangeSample {
  /** As specified: performance.now() before the key press → the second rAF callback after it. */
  doubleRaf: number;
  /** → the end of the next frame's rendering (a message posted from its rAF callback). */
  nextPaint: number;
  /** Main-thread work only: the change's JS plus the next frame's rendering, no frame wait. */
  work: number;
  /** The synchronous part: the key's handler, the store's set, its subscribers (the map). */
  sync: number;
  /** …plus React's render and commit, which run in the microtask right after. */
  js: number;
  /** The next frame: rAF callbacks (MapLibre's draw), style, layout and paint. */
  render: number;
  followed: boolean;
}

export interface YearChangeRaw {
  samples: YearChangeSample[];
  /** Long tasks and long animation frames over the whole series, durations in ms. */
  longTasks: number[];
  longAnimationFrames: number[];
  elapsedMs: number;
}

/**
 * Runs in the page: each step's key on the atlas's slider, or on the bare page (no slider) a
 * recolouring for the same year. Each change starts at a random point of a frame, as a reader's
 * input would, then is followed through the next frame: its own rAF callback runs first in that
 * frame, MapLibre's repaint (requested while the change ran) after it, and a message posted from
 * that callback runs once the frame has been rendered.
 */
async function yearChangesInPage(args: {
  steps: YearStep[];
  deadlineMs: number;
  slider: Element | null;
}): Promise<YearChangeRaw> {
  const { slider } = args;
  const recolor = (window as BenchWindow).__benchBaselineRecolor;
  let change: ((step: YearStep) => void) | undefined;
  if (slider) {
    change = (step) =>
      slider.dispatchEvent(
        new KeyboardEvent('keydown', { key: step.key, bubbles: true, cancelable: true }),
      );
  } else if (recolor) {
    change = (step) => recolor(step.year);
  }
  if (!change) throw new Error('the bare page has no recolouring hook');
  const measureOne = (step: YearStep, apply: (step: YearStep) => void) =>
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
      apply(step);
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
          followed: !slider || slider.getAttribute('aria-valuenow') === String(step.year),
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
  for (const step of args.steps) {
    if (performance.now() - started > args.deadlineMs) break;
    await new Promise((resolve) => setTimeout(resolve, step.delayMs));
    samples.push(await measureOne(step, change));
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

/**
 * `count` changes from the first year, stopped early once `deadlineMs` has passed, each change's
 * timings as measured (bench/tools/compare.ts pools them over several series).
 */
export async function yearChangeSamples(
  page: Page,
  count: number,
  deadlineMs: number,
  /** The atlas's year change, or the bare MapLibre page recolouring the same countries. */
  target: 'atlas' | 'bare-maplibre' = 'atlas',
): Promise<YearChangeRaw> {
  const slider = target === 'atlas' ? await yearSliderAtFirstYear(page) : null;
  await settle(page, 1_000);
  return withTimeout(
    page.evaluate(yearChangesInPage, { steps: yearSteps(count), deadlineMs, slider }),
    deadlineMs + 30_000,
    'year changes',
  );
}

/** `count` changes, stopped early (and said so) once `deadlineMs` has passed. */
export async function measureYearChanges(
  page: Page,
  count: number,
  deadlineMs: number,
  /** The atlas's year change, or the bare MapLibre page recolouring the same countries. */
  target: 'atlas' | 'bare-maplibre' = 'atlas',
): Promise<YearChangeResult> {
  const raw = await yearChangeSamples(page, count, deadlineMs, target);
  const summary = (key: Exclude<keyof YearChangeSample, 'followed'>) =>
    summarize(raw.samples.map((s) => s[key]));
  return {
    requested: count,
    completed: raw.samples.length,
    sliderFollowed: raw.samples.filter((s) => s.followed).length,
    doubleRafMs: summary('doubleRaf'),
    nextPaintMs: summary('nextPaint'),
    workMs: summary('work'),
    syncMs: summary('sync'),
    jsMs: summary('js'),
    renderMs: summary('render'),
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

/**
 * Runs in the page: a whole Play, started and (past the timeout) stopped by clicking the Play
 * button as a reader would, watched frame by frame.
 */
async function playInPage(args: { timeoutMs: number; button: Element }): Promise<PlayRaw> {
  const atlas = (window as BenchWindow).__atlas;
  if (!atlas) throw new Error('window.__atlas is missing');
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  // The same button reads Pause while playing.
  const click = () => args.button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
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

  await frame();
  await frame();
  const started = performance.now();
  click();
  const frameDeltas: number[] = [];
  let timedOut = false;
  let last = await frame();
  for (;;) {
    const now = await frame();
    frameDeltas.push(now - last);
    last = now;
    if (!atlas.snapshot().playing) break;
    if (performance.now() - started > args.timeoutMs) {
      timedOut = true;
      click();
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
    finalYear: atlas.snapshot().year,
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

/** Play from the first year to the last at the fastest pace, chosen in the Speed list. */
export async function measurePlay(page: Page): Promise<PlayResult> {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('fast');
  await yearSliderAtFirstYear(page);
  const button = await page.getByRole('button', { name: 'Play', exact: true }).elementHandle();
  await settle(page, 1_000);
  const timeoutMs = 90_000;
  const raw = await withTimeout(
    page.evaluate(playInPage, { timeoutMs, button }),
    timeoutMs + 30_000,
    'play',
  );
  const slow = raw.frameDeltas.filter((d) => d > 1.5 * FRAME_MS);
  const taskDurations = raw.longTasks.map((t) => t.duration);
  const loafDurations = raw.longAnimationFrames.map((t) => t.duration);
  return {
    durationMs: round(raw.durationMs),
    expectedMs: (LAST_YEAR - FIRST_YEAR) * PLAY_SPEEDS.fast,
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
 * Runs in the page: each key on the slider in its own task, as fast as a scrub could press
 * them; every `frameEvery`-th waits for a frame so the map draws as it would. Returns the year
 * the atlas ends on.
 */
async function keysInPage(args: {
  slider: Element;
  keys: string[];
  frameEvery: number;
}): Promise<number> {
  const atlas = (window as BenchWindow).__atlas;
  if (!atlas) throw new Error('window.__atlas is missing');
  for (const [i, key] of args.keys.entries()) {
    args.slider.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
    );
    if (i % args.frameEvery === args.frameEvery - 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    } else {
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return atlas.snapshot().year;
}

/** Presses `steps`' keys in the page; throws if the atlas did not end on the last step's year. */
async function pressYearKeys(
  page: Page,
  slider: YearSlider,
  steps: readonly YearStep[],
  frameEvery: number,
  timeoutMs: number,
): Promise<void> {
  const keys = steps.map((s) => s.key);
  const year = await withTimeout(
    page.evaluate(keysInPage, { slider, keys, frameEvery }),
    timeoutMs,
    `${String(keys.length)} year changes`,
  );
  const expected = steps.at(-1)?.year ?? FIRST_YEAR;
  if (year !== expected) {
    throw new Error(`the atlas ended on ${String(year)}, not ${String(expected)}: keys were lost`);
  }
}

/**
 * `count` year changes from the first year (where `yearSliderAtFirstYear` leaves the slider), a
 * frame after every `frameEvery`-th (1: each its own frame). For bench/tools/profile.ts.
 */
export async function scrubYears(
  page: Page,
  slider: YearSlider,
  count: number,
  frameEvery: number,
): Promise<void> {
  await pressYearKeys(page, slider, yearSteps(count), frameEvery, 180_000);
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

/**
 * Used heap after 10 year changes, then after `total`, scrubbed as fast as a reader could
 * (every tenth change waits for a frame: one frame per change would take minutes here, where
 * each map frame is drawn in software).
 */
export async function measureHeap(page: Page, total: number): Promise<HeapResult> {
  const slider = await yearSliderAtFirstYear(page);
  await settle(page, 1_000);
  const first = 10;
  const steps = yearSteps(total);
  await pressYearKeys(page, slider, steps.slice(0, first), 10, 30_000);
  const after10 = await heapAfterGc(page);
  await pressYearKeys(page, slider, steps.slice(first), 10, 180_000);
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
