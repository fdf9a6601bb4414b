/**
 * Paired measurements of two builds of the atlas: whoever changes the load or a year change can
 * tell a real gain from the machine's noise. Each build gets its own server and both are measured
 * in the same browser, in alternating order, so other work on the machine weighs on both alike.
 *
 * Cold loads (the default): every round loads both builds; the figure that decides is the median
 * of the paired differences (B minus A), which other work moves much less than either median.
 * Each round also loads the bare MapLibre page (built into a temporary folder, drawn at the
 * atlas's map size, its shapes from build A's data), for the issue's ratio, taken per round.
 *
 * Year changes (`--changes N`): each build is opened once, with the bare MapLibre page beside
 * them; every round runs a block of N year changes on each page in turn (the same keys on every
 * block, the first and second build's order swapped each round), and the changes' timings are
 * pooled per page over its blocks. `--events 10000` serves the bench's synthetic events file to
 * both builds.
 *
 *   npm run build && cp -r dist /tmp/before   # then change something
 *   npm run build && npm run bench:compare -- /tmp/before dist [--rounds 11]
 *   npm run bench:compare -- /tmp/before dist --changes 40 --rounds 6 [--events 10000]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
  measureColdLoad,
  openApp,
  waitForOfflineCache,
  yearChangeSamples,
  type LoadSample,
  type YearChangeSample,
} from '../lib/app.ts';
import type { MaplibreBaselineConfig } from '../baseline/maplibre.ts';
import {
  maplibreBaselineConfig,
  measureMaplibreBaseline,
  openMaplibreBaseline,
  serveMaplibreBaseline,
  type ServedMaplibreBaseline,
} from '../lib/baselines.ts';
import { closeWithin, launchBrowser } from '../lib/browser.ts';
import { startAtlasServer, type RunningServer } from '../lib/servers.ts';
import { median, summarize } from '../lib/stats.ts';
import { readBuiltData, syntheticEventsFile } from '../lib/synthetic.ts';

const USAGE =
  'usage: npm run bench:compare -- <dist A> <dist B> [--rounds 11] [--changes 40 [--events 10000]]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '11' },
    changes: { type: 'string' },
    events: { type: 'string' },
  },
});
const [dirA, dirB] = positionals.map((dir) => resolve(dir));
if (!dirA || !dirB || positionals.length !== 2) throw new Error(USAGE);
for (const dir of [dirA, dirB]) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html`);
}
const rounds = Number(values.rounds);
const changes = values.changes === undefined ? null : Number(values.changes);
const events = values.events === undefined ? null : Number(values.events);
if (events !== null && changes === null) throw new Error(`--events needs --changes; ${USAGE}`);

/** Cold loads of both builds, in alternating order, after one uncounted load of each. */
async function compareLoads(
  browser: Browser,
  servers: readonly RunningServer[],
  bare: BarePage,
): Promise<void> {
  // The first page of a fresh browser also starts its GPU process: not counted.
  let mapBox: LoadSample['mapBox'] | undefined;
  for (const server of servers) mapBox = (await measureColdLoad(browser, server.origin)).mapBox;
  const config = bare.config(mapBox);
  await measureMaplibreBaseline(browser, bare.url, config);
  const loads: [LoadSample[], LoadSample[]] = [[], []];
  const bareIdle: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const);
    for (const side of order) {
      const server = servers[side];
      if (server) loads[side].push(await measureColdLoad(browser, server.origin));
    }
    bareIdle.push(await measureMaplibreBaseline(browser, bare.url, config));
  }
  const figures = [
    ['timeline with its events', (load: LoadSample) => load.timelineMs],
    ['map first idle', (load: LoadSample) => load.mapReadyMs],
  ] as const;
  console.log(`${String(rounds)} rounds; A = ${dirA}, B = ${dirB}`);
  for (const [name, pick] of figures) {
    const a = loads[0].map(pick);
    const b = loads[1].map(pick);
    const paired = b.map((value, i) => value - (a[i] ?? value));
    console.log(
      `${name}: A ${median(a).toFixed(0)} ms, B ${median(b).toFixed(0)} ms, ` +
        `paired B − A ${median(paired).toFixed(0)} ms (A ${a.join(', ')} | B ${b.join(', ')})`,
    );
  }
  // The ratio, taken per round against the bare page loaded in the same round.
  const ratios = (side: 0 | 1) =>
    loads[side].map((load, i) => load.mapReadyMs / (bareIdle[i] ?? Number.NaN));
  const spread = (xs: number[]) =>
    `${median(xs).toFixed(2)} × [${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}]`;
  console.log(
    `bare MapLibre first idle ${median(bareIdle).toFixed(0)} ms (${bareIdle.join(', ')}); ` +
      `map first idle / bare, per round: A ${spread(ratios(0))}, B ${spread(ratios(1))}`,
  );
}

/** The bare MapLibre page, built into a temporary folder, its shapes from build A's data. */
interface BarePage {
  url: string;
  config: (mapBox: { width: number; height: number } | undefined) => MaplibreBaselineConfig;
}

interface OpenPage {
  name: string;
  context: BrowserContext;
  page: Page;
  target: 'atlas' | 'bare-maplibre';
  samples: YearChangeSample[];
  /** Each block's p95 of the work and of the two rAF, for the spread over rounds. */
  blockP95: { work: number; doubleRaf: number }[];
}

/**
 * Blocks of `count` year changes on each build and on the bare MapLibre page (built into a
 * temporary folder, its shapes served from build A's data), one block of each per round.
 */
async function compareYearChanges(
  browser: Browser,
  servers: readonly RunningServer[],
  bare: BarePage,
  count: number,
): Promise<void> {
  const built = readBuiltData(dirA ?? '');
  const eventsFile =
    events === null
      ? undefined
      : Buffer.from(JSON.stringify(syntheticEventsFile(built.events, built.countryCodes, events)));
  const pages: OpenPage[] = [];
  try {
    for (const [i, server] of servers.entries()) {
      const app = await openApp(browser, server.origin, { events: eventsFile });
      pages.push({
        name: i === 0 ? 'A' : 'B',
        context: app.context,
        page: app.page,
        target: 'atlas',
        samples: [],
        blockP95: [],
      });
      // Measured once the service worker has precached the build, as npm run bench does.
      await waitForOfflineCache(app.page);
    }
    // The bare page draws as many pixels as the atlas's map, as in npm run bench.
    const box = await pages[0]?.page.getByTestId('map').boundingBox();
    const mapBox = box
      ? { width: Math.round(box.width), height: Math.round(box.height) }
      : undefined;
    const barePage = await openMaplibreBaseline(browser, bare.url, bare.config(mapBox));
    pages.push({ name: 'bare', ...barePage, target: 'bare-maplibre', samples: [], blockP95: [] });
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? [0, 1, 2] : [1, 0, 2];
      for (const i of order) {
        const open = pages[i];
        if (!open) continue;
        const raw = await yearChangeSamples(open.page, count, 120_000, open.target);
        open.samples.push(...raw.samples);
        open.blockP95.push({
          work: summarize(raw.samples.map((s) => s.work)).p95,
          doubleRaf: summarize(raw.samples.map((s) => s.doubleRaf)).p95,
        });
      }
    }
    const eventsNote = events === null ? 'real events' : `${String(events)} synthetic events`;
    console.log(
      `${String(rounds)} rounds of ${String(count)} year changes, ${eventsNote}; ` +
        `A = ${dirA}, B = ${dirB}; p50 / p95 pooled over the blocks [range of the blocks' p95]`,
    );
    const range = (xs: number[]) => `${String(Math.min(...xs))}–${String(Math.max(...xs))}`;
    for (const open of pages) {
      const work = summarize(open.samples.map((s) => s.work));
      const doubleRaf = summarize(open.samples.map((s) => s.doubleRaf));
      console.log(
        `${open.name.padEnd(4)} work ${String(work.p50)} / ${String(work.p95)} ms ` +
          `[${range(open.blockP95.map((b) => b.work))}], ` +
          `two rAF ${String(doubleRaf.p50)} / ${String(doubleRaf.p95)} ms ` +
          `[${range(open.blockP95.map((b) => b.doubleRaf))}] (${String(work.count)} changes)`,
      );
    }
  } finally {
    for (const open of pages) await closeWithin(open.context);
  }
}

const servers = [await startAtlasServer(dirA), await startAtlasServer(dirB)] as const;
let baseline: ServedMaplibreBaseline | null = null;
const browser = await launchBrowser();
try {
  baseline = await serveMaplibreBaseline(dirA);
  const dataOrigin = baseline.origin;
  const { countryCodes } = readBuiltData(dirA);
  const bare: BarePage = {
    url: baseline.url,
    config: (mapBox) => maplibreBaselineConfig(dataOrigin, mapBox, countryCodes),
  };
  if (changes === null) await compareLoads(browser, servers, bare);
  else await compareYearChanges(browser, servers, bare, changes);
} finally {
  await browser.close();
  await baseline?.stop();
  await Promise.all(servers.map((server) => server.stop()));
}
