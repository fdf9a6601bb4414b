/** The results file, the budgets and the Markdown table printed and saved by the bench. */
import type { HeapResult, LoadSample, PlayResult, YearChangeResult } from './app.ts';
import type { TimelineJsSample } from './baselines.ts';
import type { Bytes, SizeReport } from './sizes.ts';
import { median, round } from './stats.ts';
import { mapOutcome, type Outcome } from './util.ts';

/** How many of each measurement a run takes. */
export interface RunCounts {
  coldLoads: number;
  yearChanges: number;
  heapChanges: number;
  syntheticEvents: number;
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
}

export interface BenchResults {
  date: string;
  durationS: number;
  quick: boolean;
  git: { commit: string; changedFiles: number };
  machine: MachineInfo;
  settings: RunCounts & { realEvents: number };
  sizes: SizeReport;
  load: { runs: Outcome<LoadSample>[]; median: LoadMedians | null };
  real: {
    yearChange: Outcome<YearChangeResult>;
    play: Outcome<PlayResult>;
    heap: Outcome<HeapResult>;
  };
  synthetic: {
    load: Outcome<LoadSample>;
    yearChange: Outcome<YearChangeResult>;
    play: Outcome<PlayResult>;
  };
  baselines: {
    maplibre: {
      runs: Outcome<number>[];
      medianMs: number | null;
      /** The bare page recolouring the same countries: the floor under a year change. */
      recolor: Outcome<YearChangeResult>;
    };
    timelineJs: {
      real: { runs: Outcome<TimelineJsSample>[]; medianMs: number | null };
      synthetic: Outcome<TimelineJsSample>;
    };
  };
  budgets: Budget[];
}

export type LoadMedians = Pick<
  LoadSample,
  'shellMs' | 'timelineMs' | 'mapReadyMs' | 'mapReadyMarkMs' | 'shownMarkMs'
>;

export interface Budget {
  name: string;
  figure: string;
  /** null when the figure could not be measured. */
  met: boolean | null;
}

const KB = 1000;
const MB = 1000 * 1000;

const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const ms = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} ms`;
const ms1 = (value: number) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} ms`);
const ratio = (value: number) => `${value.toFixed(2)}×`;

export function valueOf<T>(outcome: Outcome<T>): T | null {
  return outcome.ok ? outcome.value : null;
}

export function loadMedians(runs: Outcome<LoadSample>[]): LoadMedians | null {
  const loads = runs.map(valueOf).filter((l): l is LoadSample => l !== null);
  if (loads.length === 0) return null;
  const marks = loads.map((l) => l.mapReadyMarkMs).filter((m): m is number => m !== null);
  const shown = loads.map((l) => l.shownMarkMs).filter((m): m is number => m !== null);
  return {
    shellMs: round(median(loads.map((l) => l.shellMs))),
    timelineMs: round(median(loads.map((l) => l.timelineMs))),
    mapReadyMs: round(median(loads.map((l) => l.mapReadyMs))),
    mapReadyMarkMs: marks.length > 0 ? round(median(marks)) : null,
    shownMarkMs: shown.length > 0 ? round(median(shown)) : null,
  };
}

export function medianOf(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null && !Number.isNaN(v));
  return known.length > 0 ? round(median(known)) : null;
}

/**
 * Median of the round-by-round ratios (the loads are taken in turns): steadier than the ratio
 * of medians when other work on the machine comes and goes.
 */
function pairedRatio(a: (number | null)[], b: (number | null)[]): number | null {
  const ratios = a.flatMap((value, i) => {
    const other = b[i];
    return value !== null && other !== null && other !== undefined && other > 0
      ? [value / other]
      : [];
  });
  return ratios.length > 0 ? median(ratios) : null;
}

function budget(name: string, figure: string, met: boolean | null): Budget {
  return { name, figure, met };
}

/** Issue #19: a year change reaches the screen within 1.5 × the bare page's recolour. */
const YEAR_CHANGE_RATIO = 1.5;

function yearChangeBudgets(
  label: string,
  outcome: Outcome<YearChangeResult>,
  floor: Outcome<YearChangeResult>,
): Budget[] {
  const result = valueOf(outcome);
  const bare = valueOf(floor);
  const ratioName = `Year change two-rAF p95 ≤ ${String(YEAR_CHANGE_RATIO)} × the bare page’s recolour, ${label}`;
  if (!result) {
    const why = outcome.ok ? '' : outcome.error;
    return [
      budget(ratioName, why, null),
      budget(`Year change p95 ≤ 16 ms, ${label} (main-thread work)`, why, null),
    ];
  }
  return [
    budget(
      ratioName,
      bare
        ? `p95 ${ms1(result.doubleRafMs.p95)} / ${ms1(bare.doubleRafMs.p95)} = ${ratio(result.doubleRafMs.p95 / bare.doubleRafMs.p95)}`
        : `p95 ${ms1(result.doubleRafMs.p95)}; no bare recolour measured`,
      bare ? result.doubleRafMs.p95 <= YEAR_CHANGE_RATIO * bare.doubleRafMs.p95 : null,
    ),
    budget(
      `Year change p95 ≤ 16 ms, ${label} (main-thread work)`,
      `p95 ${ms1(result.workMs.p95)}`,
      result.workMs.p95 <= 16,
    ),
  ];
}

function playBudget(label: string, outcome: Outcome<PlayResult>): Budget {
  const name = `No long task during Play, ${label}`;
  const result = valueOf(outcome);
  if (!result) return budget(name, outcome.ok ? '' : outcome.error, null);
  const figure =
    `${String(result.longTasks)} long tasks` +
    (result.longTasks > 0 ? ` (max ${ms(result.longTaskMaxMs)})` : '') +
    (result.timedOut ? ', timed out' : '');
  return budget(name, figure, result.longTasks === 0 && !result.timedOut);
}

/**
 * The timeline is on the page, written at build time, before the script has taken it over:
 * when it also answers input, beside the figure that decides the budget.
 */
function answersInput(shownMs: number | null, timelineJsMs: number): string {
  return shownMs === null
    ? ''
    : `; answers input at ${ms(shownMs)} (${ratio(shownMs / timelineJsMs)})`;
}

/** Each budget from the brief, MET / NOT MET with the figure that decides it. */
export function evaluateBudgets(results: Omit<BenchResults, 'budgets'>): Budget[] {
  const load = results.load.median;
  const ownGzip = results.sizes.code.own.gzip;
  const dataGzip = results.sizes.totals.data.gzip;
  const heap = valueOf(results.real.heap);
  const mapReady = load?.mapReadyMarkMs ?? load?.mapReadyMs ?? null;
  const bare = results.baselines.maplibre.medianMs;
  const timelineJs = results.baselines.timelineJs.real.medianMs;
  const syntheticLoad = valueOf(results.synthetic.load);
  const syntheticTimelineJs = valueOf(results.baselines.timelineJs.synthetic);
  const appLoads = results.load.runs.map(valueOf);
  const pairedMap = pairedRatio(
    appLoads.map((l) => l?.mapReadyMarkMs ?? l?.mapReadyMs ?? null),
    results.baselines.maplibre.runs.map(valueOf),
  );
  const pairedTimeline = pairedRatio(
    appLoads.map((l) => l?.timelineMs ?? null),
    results.baselines.timelineJs.real.runs.map((o) => valueOf(o)?.loadedMs ?? null),
  );
  const paired = (value: number | null) =>
    value === null ? '' : `; round by round ${ratio(value)}`;
  return [
    budget(
      'Shell interactive before the map’s first idle',
      load ? `shell ${ms(load.shellMs)} < map ready ${ms(load.mapReadyMs)}` : 'no load measured',
      load ? load.shellMs < load.mapReadyMs : null,
    ),
    budget(
      'Timeline (with its events) usable before the map’s first idle',
      load ? `timeline ${ms(load.timelineMs)} < map ready ${ms(load.mapReadyMs)}` : 'n/a',
      load ? load.timelineMs < load.mapReadyMs : null,
    ),
    budget('App’s own code ≤ 80 kB gzip', `${kB(ownGzip)} gzip`, ownGzip <= 80 * KB),
    budget('Shapes + data ≤ 250 kB gzip', `${kB(dataGzip)} gzip`, dataGzip <= 250 * KB),
    ...yearChangeBudgets('real data', results.real.yearChange, results.baselines.maplibre.recolor),
    ...yearChangeBudgets(
      `${String(results.settings.syntheticEvents)} events`,
      results.synthetic.yearChange,
      results.baselines.maplibre.recolor,
    ),
    playBudget('real data', results.real.play),
    playBudget(`${String(results.settings.syntheticEvents)} events`, results.synthetic.play),
    budget(
      `Heap growth ≤ 5 MB over ${String(results.settings.heapChanges)} year changes`,
      heap ? `${(heap.growthBytes / MB).toFixed(2)} MB` : 'n/a',
      heap ? heap.growthBytes <= 5 * MB : null,
    ),
    budget(
      'Map ready ≤ 1.5 × the bare MapLibre page',
      mapReady !== null && bare !== null
        ? `${ms(mapReady)} / ${ms(bare)} = ${ratio(mapReady / bare)}${paired(pairedMap)}`
        : 'n/a',
      mapReady !== null && bare !== null ? mapReady <= 1.5 * bare : null,
    ),
    budget(
      'Timeline with its events ≤ 0.6 × TimelineJS, real data',
      load && timelineJs !== null
        ? `${ms(load.timelineMs)} vs ${ms(timelineJs)} (${ratio(load.timelineMs / timelineJs)}${paired(pairedTimeline)})` +
            answersInput(load.shownMarkMs, timelineJs)
        : 'n/a',
      load && timelineJs !== null ? load.timelineMs <= 0.6 * timelineJs : null,
    ),
    budget(
      `Usable timeline sooner than TimelineJS, ${String(results.settings.syntheticEvents)} events`,
      syntheticLoad
        ? `${ms(syntheticLoad.timelineMs)} vs ${syntheticTimelineJs ? ms(syntheticTimelineJs.loadedMs) : 'TimelineJS timed out'}`
        : 'n/a',
      syntheticLoad
        ? syntheticTimelineJs === null || syntheticLoad.timelineMs < syntheticTimelineJs.loadedMs
        : null,
    ),
  ];
}

/** Other work on the machine slows every figure: say so next to them. */
function busyWarning(m: MachineInfo): string[] {
  const busiest = Math.max(m.loadAverageAtStart[0] ?? 0, m.loadAverageAtEnd[0] ?? 0);
  if (busiest <= m.cores) return [];
  return [
    `> The machine was busy with other work (1-minute load average ${m.loadAverageAtStart[0]?.toFixed(1) ?? '?'} ` +
      `at the start, ${m.loadAverageAtEnd[0]?.toFixed(1) ?? '?'} at the end, on ${String(m.cores)} cores): ` +
      'times are inflated and noisier than on an idle machine; compare ratios rather than absolute times.',
    '',
  ];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

function outcomeText<T>(outcome: Outcome<T>, show: (value: T) => string): string {
  return outcome.ok ? show(outcome.value) : `failed: ${outcome.error}`;
}

const bytesCells = (b: Bytes) => [kB(b.raw), kB(b.gzip), kB(b.brotli)];

function yearChangeText(result: YearChangeResult, withSlider = true): string {
  return (
    `two rAF ${ms1(result.doubleRafMs.p50)} / ${ms1(result.doubleRafMs.p95)}; ` +
    `next paint ${ms1(result.nextPaintMs.p50)} / ${ms1(result.nextPaintMs.p95)}; ` +
    `work ${ms1(result.workMs.p50)} / ${ms1(result.workMs.p95)} ` +
    `= JS ${ms1(result.jsMs.p50)} / ${ms1(result.jsMs.p95)} (of which sync ` +
    `${ms1(result.syncMs.p50)} / ${ms1(result.syncMs.p95)}) + next frame ` +
    `${ms1(result.renderMs.p50)} / ${ms1(result.renderMs.p95)}` +
    (withSlider
      ? `; slider followed ${String(result.sliderFollowed)}/${String(result.completed)}`
      : `; ${String(result.completed)} changes`) +
    (result.completed < result.requested ? ` of ${String(result.requested)} asked` : '') +
    `; over the ${(result.elapsedMs / 1000).toFixed(0)} s series, ${String(result.longTasks)} long tasks ` +
    `(${(result.longTaskTotalMs / 1000).toFixed(1)} s) and ${String(result.longAnimationFrames)} ` +
    `long animation frames (${(result.longAnimationFrameTotalMs / 1000).toFixed(1)} s)`
  );
}

function playText(result: PlayResult): string {
  const loaf =
    result.longAnimationFrames === null
      ? ''
      : `; ${String(result.longAnimationFrames)} long animation frames` +
        (result.longAnimationFrames > 0 ? ` (max ${ms(result.longAnimationFrameMaxMs)})` : '');
  return (
    `${ms(result.durationMs)} for ${ms(result.expectedMs)} expected, ended at ` +
    `${String(result.finalYear)}${result.timedOut ? ' (timed out)' : ''}; ` +
    `${String(result.longTasks)} long tasks` +
    (result.longTasks > 0
      ? ` (total ${ms(result.longTaskTotalMs)}, max ${ms(result.longTaskMaxMs)})`
      : '') +
    `; ${String(result.droppedFrameEvents)} frame gaps > 25 ms in ${String(result.frames)} frames` +
    ` (~${String(result.missedFrames)} frames missed, worst ${ms(result.frameDeltaMs.max)})` +
    loaf
  );
}

function loadText(load: LoadSample): string {
  return (
    `shell ${ms(load.shellMs)}, timeline ${ms(load.timelineMs)} ` +
    `(${String(load.eventMarks)} event marks` +
    (load.clusterMarks > 0
      ? ` and ${String(load.clusterMarks)} clusters of ${String(load.clusteredEvents)} events`
      : '') +
    ' drawn), ' +
    `map ready ${ms(load.mapReadyMs)} (${load.mapRenderer})` +
    (load.errors.length > 0 ? ` (${String(load.errors.length)} page errors)` : '')
  );
}

function renderers(loads: Outcome<LoadSample>[]): string {
  const names = new Set(loads.map(valueOf).map((l) => l?.mapRenderer ?? 'failed'));
  return [...names].join(', ');
}

function runsText(runs: Outcome<number>[]): string {
  return runs.map((r) => (r.ok ? r.value.toFixed(0) : 'failed')).join(', ');
}

function figureRows(r: BenchResults): string[][] {
  const load = r.load.median;
  const loads = r.load.runs;
  const bare = r.baselines.maplibre.medianMs;
  const mapReady = load?.mapReadyMarkMs ?? load?.mapReadyMs ?? null;
  const tl = r.baselines.timelineJs;
  const n = String(r.settings.syntheticEvents);
  const heap = valueOf(r.real.heap);
  const sizes = r.sizes;
  return [
    [
      `Shell interactive (median of ${String(loads.length)} cold loads)`,
      ms(load?.shellMs),
      `runs: ${runsText(loads.map((o) => mapOutcome(o, (v) => v.shellMs)))}`,
    ],
    [
      'Timeline shows its events',
      ms(load?.timelineMs),
      `runs: ${runsText(loads.map((o) => mapOutcome(o, (v) => v.timelineMs)))}`,
    ],
    [
      'Atlas answers input (its ‘atlas:shown’ mark)',
      ms(load?.shownMarkMs),
      `runs: ${runsText(loads.map((o) => mapOutcome(o, (v) => v.shownMarkMs ?? Number.NaN)))}; React has drawn the atlas or taken over the written first screen; /TimelineJS ${typeof load?.shownMarkMs === 'number' && tl.real.medianMs !== null ? ratio(load.shownMarkMs / tl.real.medianMs) : 'n/a'}`,
    ],
    [
      'Map first idle (data-ready)',
      ms(load?.mapReadyMs),
      `runs: ${runsText(loads.map((o) => mapOutcome(o, (v) => v.mapReadyMs)))}; 'atlas:map-ready' mark ${ms(load?.mapReadyMarkMs)}; drawn by ${renderers(loads)}`,
    ],
    [
      'Bare MapLibre page, first idle',
      ms(bare),
      `runs: ${runsText(r.baselines.maplibre.runs)}; atlas/bare ${mapReady !== null && bare !== null ? ratio(mapReady / bare) : 'n/a'}`,
    ],
    [
      'TimelineJS loaded, real events',
      ms(tl.real.medianMs),
      `runs: ${runsText(tl.real.runs.map((o) => mapOutcome(o, (v) => v.loadedMs)))}; atlas timeline/TimelineJS ${load && tl.real.medianMs !== null ? ratio(load.timelineMs / tl.real.medianMs) : 'n/a'}`,
    ],
    [
      `TimelineJS loaded, ${n} events`,
      tl.synthetic.ok ? ms(tl.synthetic.value.loadedMs) : tl.synthetic.error,
      tl.synthetic.ok ? `${String(tl.synthetic.value.markers)} markers` : 'cap 60 s',
    ],
    [
      `Atlas load with ${n} events (1 load)`,
      outcomeText(r.synthetic.load, (l) => ms(l.timelineMs)),
      outcomeText(r.synthetic.load, loadText),
    ],
    [
      'Year change, real data (p50 / p95)',
      outcomeText(r.real.yearChange, (y) => ms1(y.doubleRafMs.p95)),
      outcomeText(r.real.yearChange, yearChangeText),
    ],
    [
      `Year change, ${n} events (p50 / p95)`,
      outcomeText(r.synthetic.yearChange, (y) => ms1(y.doubleRafMs.p95)),
      outcomeText(r.synthetic.yearChange, yearChangeText),
    ],
    [
      'Bare MapLibre recolouring the same countries (floor)',
      outcomeText(r.baselines.maplibre.recolor, (y) => ms1(y.doubleRafMs.p95)),
      outcomeText(r.baselines.maplibre.recolor, (y) => yearChangeText(y, false)),
    ],
    [
      'Play 1960→2025 at fast, real data',
      outcomeText(r.real.play, (p) => `${String(p.longTasks)} long tasks`),
      outcomeText(r.real.play, playText),
    ],
    [
      `Play 1960→2025 at fast, ${n} events`,
      outcomeText(r.synthetic.play, (p) => `${String(p.longTasks)} long tasks`),
      outcomeText(r.synthetic.play, playText),
    ],
    [
      `JS heap after 10 → ${String(r.settings.heapChanges)} year changes`,
      heap ? `${(heap.growthBytes / MB).toFixed(2)} MB` : outcomeText(r.real.heap, () => ''),
      heap
        ? `${(heap.usedAfter10 / MB).toFixed(1)} MB → ${(heap.usedAfter1000 / MB).toFixed(1)} MB after GC; DOM nodes ${String(heap.domNodesAfter10)} → ${String(heap.domNodesAfter1000)}; listeners ${String(heap.listenersAfter10)} → ${String(heap.listenersAfter1000)}`
        : '',
    ],
    [
      'App’s own JS (src/ + small packages), shipped',
      `${kB(sizes.code.own.gzip)} gzip`,
      `${kB(sizes.code.own.raw)} minified, ${kB(sizes.code.own.brotli)} brotli; own packages: ${sizes.code.ownPackages.join(', ') || 'none'}`,
    ],
    [
      'src/ as written (sourcesContent)',
      `${kB(sizes.code.sourcesUnderSrc.gzip)} gzip`,
      `${String(sizes.code.sourcesUnderSrc.files)} files, ${kB(sizes.code.sourcesUnderSrc.raw)} raw; node_modules sources ${kB(sizes.code.sourcesUnderNodeModules.gzip)} gzip (${String(sizes.code.sourcesUnderNodeModules.files)} files)`,
    ],
    [
      'All JS / all CSS',
      `${kB(sizes.totals.js.gzip)} / ${kB(sizes.totals.css.gzip)} gzip`,
      `${kB(sizes.totals.js.raw)} / ${kB(sizes.totals.css.raw)} raw`,
    ],
    [
      'Data (shapes, labels, events, countries, context)',
      `${kB(sizes.totals.data.gzip)} gzip`,
      `${kB(sizes.totals.data.raw)} raw, ${kB(sizes.totals.data.brotli)} brotli`,
    ],
  ];
}

/**
 * The requests of the median cold load (by map-ready time): one real load, so each file's
 * request and arrival belong together.
 */
function waterfallRows(runs: Outcome<LoadSample>[]): string[][] {
  const loads = runs
    .map(valueOf)
    .filter((l): l is LoadSample => l !== null)
    .sort((a, b) => a.mapReadyMs - b.mapReadyMs);
  const middle = loads[Math.floor((loads.length - 1) / 2)];
  if (!middle) return [];
  return [
    ...[...middle.resources]
      .sort((a, b) => a.startMs - b.startMs)
      .map((resource) => [resource.name, ms(resource.startMs), ms(resource.endMs)]),
    ['(timeline shows its events)', '', ms(middle.timelineMs)],
    ['(map first idle)', '', ms(middle.mapReadyMs)],
  ];
}

export function toMarkdown(r: BenchResults): string {
  const m = r.machine;
  const lines = [
    `# Benchmark results${r.quick ? ' (quick run: not comparable)' : ''}`,
    '',
    `${r.date} · commit ${r.git.commit}${r.git.changedFiles > 0 ? ` + ${String(r.git.changedFiles)} uncommitted files` : ''} · ` +
      `${m.cpu}, ${String(m.cores)} cores, ${String(m.memoryGb)} GB · ${m.os} · Node ${m.node} · ` +
      `Chromium ${m.chromium} (headless, SwiftShader WebGL) · run took ${String(r.durationS)} s`,
    '',
    ...busyWarning(m),
    '## Budgets',
    '',
    ...table(
      ['Budget', 'Figure', 'Result'],
      r.budgets.map((b) => [
        b.name,
        b.figure,
        b.met === null ? 'NOT MEASURED' : b.met ? 'MET' : '**NOT MET**',
      ]),
    ),
    '',
    '## Figures',
    '',
    'Times are from navigation start. Year change: p50 / p95 of ' +
      `${String(r.settings.yearChanges)} changes; "two rAF" is the figure as specified (it includes ` +
      'waiting for the display’s frames), "work" is main-thread time only.',
    '',
    ...table(['Measure', 'Value', 'Detail'], figureRows(r)),
    '',
    '## Where the load goes (the median cold load, from navigation start)',
    '',
    ...table(['Resource', 'Requested', 'Arrived'], waterfallRows(r.load.runs)),
    '',
    '## Files',
    '',
    ...table(
      ['File', 'Raw', 'gzip', 'brotli'],
      [...r.sizes.chunks.map((f) => [`assets/${f.file}`, ...bytesCells(f)])].concat(
        r.sizes.data.map((f) => [`data/${f.file}`, ...bytesCells(f)]),
      ),
    ),
    '',
    '## JS by origin (minified bytes attributed through the source maps)',
    '',
    ...table(
      ['Group', 'Minified', 'gzip', 'brotli'],
      r.sizes.code.shipped.map((g) => [g.group, ...bytesCells(g)]),
    ),
    '',
  ];
  return lines.join('\n');
}
