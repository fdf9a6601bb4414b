/**
 * The atlas's benchmark: sizes, load, year changes, Play and memory, with a bare MapLibre page
 * and TimelineJS measured in the same run as baselines. It reports every budget as MET or NOT
 * MET and never fails on a missed budget: it exits non-zero only when the bench itself breaks.
 *
 *   npm run bench -- [--no-build] [--quick] [--port 4179]
 *
 * bench/README.md says what it writes and where to start reading; docs/performance.md says
 * what each figure means.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import type { MaplibreBaselineConfig } from './baseline/maplibre.ts';
import {
  measureColdLoad,
  measureHeap,
  measurePlay,
  measureYearChanges,
  openApp,
  waitForOfflineCache,
  type LoadSample,
} from './lib/app.ts';
import {
  buildMaplibreBaseline,
  maplibreBaselineConfig,
  measureMaplibreBaseline,
  measureMaplibreRecolor,
  measureTimelineJs,
  type TimelineJsSample,
} from './lib/baselines.ts';
import { closeWithin, launchBrowser } from './lib/browser.ts';
import {
  evaluateBudgets,
  loadMedians,
  medianOf,
  toMarkdown,
  valueOf,
  type BenchResults,
  type MachineInfo,
  type RunCounts,
} from './lib/report.ts';
import { startAtlasServer, startStaticServer, type RunningServer } from './lib/servers.ts';
import { measureSizes } from './lib/sizes.ts';
import { readBuiltData, syntheticEventsFile, toTimelineJs } from './lib/synthetic.ts';
import { attempt, log, mapOutcome, withTimeout, type Outcome } from './lib/util.ts';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH_DIR);
/** The bench's own output besides its results: never committed (see docs/performance.md). */
const CACHE_DIR = join(BENCH_DIR, '.cache');
/**
 * A copy of dist/ and the built baseline page, for the length of a run only: removed at the
 * end so no generated JS is left for the linters to find.
 */
const RUN_DIR = join(CACHE_DIR, 'run');
const DIST_COPY = join(RUN_DIR, 'dist');
const BASELINE_DIST = join(RUN_DIR, 'baseline-dist');
const RESULTS_DIR = join(BENCH_DIR, 'results');

interface Settings extends RunCounts {
  build: boolean;
  quick: boolean;
  port: number;
}

function readSettings(): Settings {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      port: { type: 'string', default: '4179' },
    },
  });
  const quick = values.quick;
  return {
    build: !values['no-build'],
    quick,
    port: Number(values.port),
    coldLoads: quick ? 2 : 5,
    yearChanges: quick ? 40 : 200,
    heapChanges: quick ? 200 : 1000,
    syntheticEvents: 10_000,
  };
}

/** `npm run build` (data then Vite), then a private copy so a teammate's rebuild cannot move it. */
function buildApp(settings: Settings): void {
  if (settings.build) {
    log('npm run build…');
    const result = spawnSync('npm', ['run', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (result.status !== 0) {
      const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
      throw new Error(
        `npm run build failed (use --no-build to measure dist/ as it is):\n${output}`,
      );
    }
  }
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) throw new Error('dist/ has no index.html');
  rmSync(RUN_DIR, { recursive: true, force: true });
  mkdirSync(RUN_DIR, { recursive: true });
  cpSync(join(ROOT, 'dist'), DIST_COPY, { recursive: true });
}

function gitInfo(): BenchResults['git'] {
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const status = git('status', '--porcelain');
  return {
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    changedFiles: status === '' ? 0 : status.split('\n').length,
  };
}

function machineInfo(browser: Browser, loadAverageAtStart: number[]): MachineInfo {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.versions.node,
    chromium: browser.version(),
    loadAverageAtStart: loadAverageAtStart.map((l) => Math.round(l * 100) / 100),
    loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** Opens the app in its own fresh context, measures one thing, closes it. */
async function inFreshApp<T>(
  browser: Browser,
  origin: string,
  events: Buffer | undefined,
  measure: (page: Page) => Promise<T>,
): Promise<{ load: LoadSample; value: T }> {
  const app = await openApp(browser, origin, { events });
  try {
    await waitForOfflineCache(app.page);
    return { load: app.load, value: await measure(app.page) };
  } finally {
    await closeWithin(app.context);
  }
}

interface Servers {
  app: RunningServer;
  statics: RunningServer;
}

/** The atlas on its own origin (its own service worker and caches), the rest on another. */
async function startServers(settings: Settings, timelineData: Map<string, Buffer>) {
  const app = await startAtlasServer(DIST_COPY, settings.port);
  try {
    const statics = await startStaticServer(
      [
        { prefix: '/baseline/', dir: BASELINE_DIST },
        { prefix: '/timeline/', dir: join(BENCH_DIR, 'baseline') },
        { prefix: '/timelinejs/', dir: join(ROOT, 'node_modules/@knight-lab/timelinejs/dist') },
        { prefix: '/data/', dir: join(DIST_COPY, 'data') },
      ],
      timelineData,
    );
    return { app, statics } satisfies Servers;
  } catch (error) {
    await app.stop();
    throw error;
  }
}

/** What every measurement needs. */
interface Bench {
  browser: Browser;
  servers: Servers;
  settings: Settings;
}

/** The three pages' loads, one each per round: the page the bench is compared with. */
function loadRunners(bench: Bench, config: () => MaplibreBaselineConfig) {
  const { browser, servers } = bench;
  const timelineUrl = `${servers.statics.origin}/timeline/timelinejs.html?data=real`;
  return {
    appLoad: (label: string) =>
      attempt(label, () =>
        withTimeout(measureColdLoad(browser, servers.app.origin), 90_000, 'cold load'),
      ),
    bareLoad: (label: string) =>
      attempt(label, () =>
        withTimeout(
          measureMaplibreBaseline(
            browser,
            `${servers.statics.origin}/baseline/maplibre.html`,
            config(),
          ),
          90_000,
          'bare MapLibre',
        ),
      ),
    timelineJsLoad: (label: string) =>
      attempt(label, () =>
        withTimeout(measureTimelineJs(browser, timelineUrl, 60_000), 90_000, 'TimelineJS'),
      ),
  };
}

/**
 * Cold loads of the atlas, the bare MapLibre page and TimelineJS, taken in turns: other work on
 * a shared machine then weighs on the three alike, and the ratios between them hold. One
 * discarded warm-up of each comes first: the first page of a fresh browser also pays for
 * starting its GPU process, which a reader's browser, already running, does not.
 */
async function measureLoads(bench: Bench, recolorCodes: string[]) {
  let config = maplibreBaselineConfig(bench.servers.statics.origin, undefined, recolorCodes);
  const run = loadRunners(bench, () => config);
  const warmUp = await run.appLoad('cold load, warm-up (not counted)');
  if (warmUp.ok)
    config = maplibreBaselineConfig(
      bench.servers.statics.origin,
      warmUp.value.mapBox,
      recolorCodes,
    );
  await run.bareLoad('bare MapLibre, warm-up (not counted)');
  await run.timelineJsLoad('TimelineJS, warm-up (not counted)');
  const app: Outcome<LoadSample>[] = [];
  const bare: Outcome<number>[] = [];
  const timelineJs: Outcome<TimelineJsSample>[] = [];
  const times = bench.settings.coldLoads;
  for (let i = 1; i <= times; i += 1) {
    const round = `${String(i)}/${String(times)}`;
    app.push(await run.appLoad(`cold load ${round}`));
    bare.push(await run.bareLoad(`bare MapLibre ${round}`));
    timelineJs.push(await run.timelineJsLoad(`TimelineJS, real events ${round}`));
  }
  return { app, bare, timelineJs, config };
}

/** Year changes, Play and memory, each in a fresh context, with real and synthetic data. */
async function measureSessions(bench: Bench, synthetic: Buffer) {
  const { browser, servers, settings } = bench;
  const inSession = <T>(
    label: string,
    events: Buffer | undefined,
    measure: (page: Page) => Promise<T>,
  ) =>
    attempt(label, () =>
      withTimeout(inFreshApp(browser, servers.app.origin, events, measure), 300_000, 'session'),
    );
  const n = String(settings.syntheticEvents);
  const realYear = await inSession('year changes, real data', undefined, (page) =>
    measureYearChanges(page, settings.yearChanges, 120_000),
  );
  const realPlay = await inSession('play, real data', undefined, measurePlay);
  const heap = await inSession('heap', undefined, (page) =>
    measureHeap(page, settings.heapChanges),
  );
  // Capped at a minute: at 10,000 events each change can take a large part of a second.
  const syntheticYear = await inSession(`year changes, ${n} events`, synthetic, (page) =>
    measureYearChanges(page, settings.yearChanges, 60_000),
  );
  const syntheticPlay = await inSession(`play, ${n} events`, synthetic, measurePlay);
  const value = <T>(o: Outcome<{ value: T }>) => mapOutcome(o, (v) => v.value);
  return {
    real: { yearChange: value(realYear), play: value(realPlay), heap: value(heap) },
    synthetic: {
      load: mapOutcome(syntheticYear, (v) => v.load),
      yearChange: value(syntheticYear),
      play: value(syntheticPlay),
    },
  };
}

/** The bare page's year-change floor, and TimelineJS with the 10,000 events (capped at 60 s). */
async function measurePeerStress(bench: Bench, config: MaplibreBaselineConfig) {
  const { browser, servers, settings } = bench;
  const recolor = await attempt('bare MapLibre, recolouring', () =>
    withTimeout(
      measureMaplibreRecolor(
        browser,
        `${servers.statics.origin}/baseline/maplibre.html`,
        config,
        Math.round(settings.yearChanges / 2),
      ),
      150_000,
      'bare MapLibre, recolouring',
    ),
  );
  const timelineSynthetic = await attempt(
    `TimelineJS, ${String(settings.syntheticEvents)} events`,
    () =>
      withTimeout(
        measureTimelineJs(
          browser,
          `${servers.statics.origin}/timeline/timelinejs.html?data=synthetic`,
          60_000,
        ),
        120_000,
        'TimelineJS',
      ),
  );
  return { recolor, timelineSynthetic };
}

function writeResults(results: BenchResults, markdown: string): string {
  // A quick run is for trying the bench out: it never replaces the committed results.
  const dir = results.quick ? CACHE_DIR : RESULTS_DIR;
  const name = results.quick ? 'quick' : 'latest';
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(dir, `${name}.md`), markdown);
  return join(dir, `${name}.md`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const settings = readSettings();
  try {
    await measureAll(settings, started);
  } finally {
    rmSync(RUN_DIR, { recursive: true, force: true });
  }
}

async function measureAll(settings: Settings, started: number): Promise<void> {
  const loadAverageAtStart = os.loadavg();
  buildApp(settings);
  log('building the bare MapLibre page…');
  await buildMaplibreBaseline(BASELINE_DIST);

  log('measuring sizes…');
  const sizes = measureSizes(DIST_COPY);
  const { events: realEvents, countryCodes } = readBuiltData(DIST_COPY);
  const syntheticFile = syntheticEventsFile(realEvents, countryCodes, settings.syntheticEvents);
  const synthetic = Buffer.from(JSON.stringify(syntheticFile));
  const timelineData = new Map([
    ['/timeline-data/real.json', Buffer.from(JSON.stringify(toTimelineJs(realEvents)))],
    ['/timeline-data/synthetic.json', Buffer.from(JSON.stringify(toTimelineJs(syntheticFile)))],
  ]);

  const servers = await startServers(settings, timelineData);
  let browser: Browser | undefined;
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined);
    await servers.statics.stop();
    await servers.app.stop();
  };
  const onSignal = () => {
    void cleanUp().finally(() => {
      rmSync(RUN_DIR, { recursive: true, force: true });
      process.exit(130);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    browser = await launchBrowser();
    const bench: Bench = { browser, servers, settings };
    const loads = await measureLoads(bench, countryCodes);
    const sessions = await measureSessions(bench, synthetic);
    const stress = await measurePeerStress(bench, loads.config);
    const partial: Omit<BenchResults, 'budgets'> = {
      date: new Date().toISOString(),
      durationS: Math.round((Date.now() - started) / 1000),
      quick: settings.quick,
      git: gitInfo(),
      machine: machineInfo(browser, loadAverageAtStart),
      settings: {
        coldLoads: settings.coldLoads,
        yearChanges: settings.yearChanges,
        heapChanges: settings.heapChanges,
        syntheticEvents: syntheticFile.events.length,
        realEvents: realEvents.events.length,
      },
      sizes,
      load: { runs: loads.app, median: loadMedians(loads.app) },
      ...sessions,
      baselines: {
        maplibre: {
          runs: loads.bare,
          medianMs: medianOf(loads.bare.map(valueOf)),
          recolor: stress.recolor,
        },
        timelineJs: {
          real: {
            runs: loads.timelineJs,
            medianMs: medianOf(loads.timelineJs.map((o) => valueOf(o)?.loadedMs ?? null)),
          },
          synthetic: stress.timelineSynthetic,
        },
      },
    };
    const results: BenchResults = { ...partial, budgets: evaluateBudgets(partial) };
    const markdown = toMarkdown(results);
    const written = writeResults(results, markdown);
    process.stdout.write(`\n${markdown}\n`);
    log(`results written to ${written.replace(`${ROOT}/`, '')} (and .json)`);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
