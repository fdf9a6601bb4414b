/**
 * Where the time goes, for whoever works on a figure of `npm run bench`: a CPU profile of a
 * cold load and of year changes (real data, or with `--events 10000` the bench's synthetic
 * file), summed by function (self time, then time by source file). Measures the build in
 * dist/ as it is; run `npm run build` first. The load is the browser's first page, so unlike the
 * bench's loads (which follow a warm-up) it also pays for starting the GPU process and the
 * first shader compile, unless `--warm` opens a page before it as the bench does.
 *
 *   npm run bench:profile -- [--warm] [--window 100] [--events 10000] [--changes 60] [--port 4181]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from '@playwright/test';
import {
  measureColdLoad,
  openApp,
  scrubYears,
  waitForOfflineCache,
  yearSliderAtFirstYear,
} from '../lib/app.ts';
import { closeWithin, launchBrowser } from '../lib/browser.ts';
import { startAtlasServer } from '../lib/servers.ts';
import { decodeMappings, type MappingSegment, type RawSourceMap } from '../lib/sourcemap.ts';
import { readBuiltData, syntheticEventsFile } from '../lib/synthetic.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

const DIST = join(dirname(fileURLToPath(import.meta.url)), '../../dist');

/** Maps a built chunk's line and column to its source file and line, through the chunk's map. */
function originalPosition(): (file: string, line: number, column: number) => string | null {
  const cache = new Map<string, { sources: string[]; lines: MappingSegment[][] } | null>();
  const load = (file: string) => {
    if (!cache.has(file)) {
      try {
        const path = join(DIST, 'assets', `${file}.map`);
        const map = JSON.parse(readFileSync(path, 'utf8')) as RawSourceMap;
        cache.set(file, { sources: map.sources, lines: decodeMappings(map.mappings) });
      } catch {
        cache.set(file, null);
      }
    }
    return cache.get(file) ?? null;
  };
  return (file, line, column) => {
    const map = load(file);
    const segments = map?.lines[line];
    if (!map || !segments) return null;
    let found: MappingSegment | undefined;
    for (const segment of segments) {
      if (segment.column > column) break;
      found = segment;
    }
    if (!found || found.source < 0) return null;
    const source = (map.sources[found.source] ?? '')
      .replace(/^.*node_modules\//, '~/')
      .replace(/^(\.\.\/)+/, '');
    return `${source}:${String(found.line + 1)}`;
  };
}

const lookup = originalPosition();

function summarise(profile: CpuProfile, title: string, top = 25): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of self) {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) continue;
    const file = frame.url.split('/').pop() ?? '';
    const where =
      lookup(file, frame.lineNumber, frame.columnNumber) ??
      `${file}:${String(frame.lineNumber + 1)}:${String(frame.columnNumber + 1)}`;
    const key = `${frame.functionName || '(anonymous)'} ${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    byFile.set(file || frame.functionName, (byFile.get(file || frame.functionName) ?? 0) + micros);
    total += micros;
  }
  const show = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .forEach(([k, v]) => console.log(`${(v / 1000).toFixed(1).padStart(9)} ms  ${k}`));
  console.log(`\n## ${title}: ${(total / 1000).toFixed(0)} ms sampled\n### by file`);
  show(byFile, 10);
  console.log('### by function (self)');
  show(byFunction, top);
}

/** What the main thread did in each window of `windowMs`: the three largest callers of time. */
function windows(profile: CpuProfile, windowMs: number, originMicros: number): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  // The first frame with a source file of ours or of a package, walking up from the sample.
  const owner = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byNode.get(at)?.callFrame;
      if (!frame?.url) continue;
      const file = frame.url.split('/').pop() ?? '';
      const where = lookup(file, frame.lineNumber, frame.columnNumber);
      if (where?.startsWith('src/')) return `${frame.functionName || '(anonymous)'} ${where}`;
    }
    const frame = byNode.get(id)?.callFrame;
    return frame ? frame.functionName || '(program)' : '?';
  };
  const buckets = new Map<number, Map<string, number>>();
  let time = profile.startTime - originMicros;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0;
    const name = owner(id);
    if (name === '(idle)') return;
    const bucket = Math.floor(time / 1000 / windowMs);
    const counts = buckets.get(bucket) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
    buckets.set(bucket, counts);
  });
  console.log(`\n### busy time per ${String(windowMs)} ms window (from navigation start)`);
  for (const [bucket, counts] of [...buckets].sort((a, b) => a[0] - b[0])) {
    const busy = [...counts.values()].reduce((a, b) => a + b, 0) / 1000;
    const top = [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`)
      .join(' | ');
    console.log(
      `${String(bucket * windowMs).padStart(6)} ms  busy ${busy.toFixed(0).padStart(3)}  ${top}`,
    );
  }
}

/** Starts sampling the page's main thread; `stop` ends it and returns the profile. */
async function startProfiler(page: Page): Promise<{ stop: () => Promise<CpuProfile> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    stop: async () => {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await cdp.detach();
      return profile;
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '0' },
      changes: { type: 'string', default: '60' },
      port: { type: 'string', default: '4181' },
      warm: { type: 'boolean', default: false },
      window: { type: 'string', default: '100' },
    },
  });
  const server = await startAtlasServer(DIST, Number(values.port));
  const browser = await launchBrowser();
  try {
    // A first page starts the GPU process and compiles the shaders, as the bench's warm-up does.
    if (values.warm) await measureColdLoad(browser, server.origin);
    const total = Number(values.events);
    const built = total > 0 ? readBuiltData(DIST) : undefined;
    const events = built
      ? Buffer.from(JSON.stringify(syntheticEventsFile(built.events, built.countryCodes, total)))
      : undefined;
    let profiler: { stop: () => Promise<CpuProfile> } | undefined;
    const { context, page } = await openApp(browser, server.origin, {
      events,
      beforeNavigation: async (p) => {
        profiler = await startProfiler(p);
      },
    });
    if (!profiler) throw new Error('the profiler did not start');
    const load = await profiler.stop();
    summarise(load, 'cold load to map ready');
    // The profiler starts just before the navigation: its start stands for navigation start.
    windows(load, Number(values.window), load.startTime);
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`),
    );
    console.log(marks.join('\n'));

    await waitForOfflineCache(page);
    const changes = Number(values.changes);
    const slider = await yearSliderAtFirstYear(page);
    const yearProfiler = await startProfiler(page);
    await scrubYears(page, slider, changes, 1);
    const profile = await yearProfiler.stop();
    summarise(profile, `${String(changes)} year changes`);
    windows(profile, 250, profile.startTime);
    await closeWithin(context);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
