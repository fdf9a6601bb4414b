/**
 * Transfer sizes: every JS and CSS chunk and every data file, raw and compressed the way a
 * static host would serve them, and the split of the JS between the app's own code and the
 * libraries it builds on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { attributeGenerated, packageOf, type RawSourceMap } from './sourcemap.ts';

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FileSize extends Bytes {
  file: string;
}

export interface CodeGroup extends Bytes {
  group: string;
}

export interface CodeSplit {
  /** Generated (minified) JS per group, compressed chunk by chunk then summed. */
  shipped: CodeGroup[];
  /** The app's own shipped JS: src/ plus small packages that are not one of the big libraries. */
  own: Bytes;
  /** Packages counted as the app's own (not React, MapLibre, zod, d3 or TanStack). */
  ownPackages: string[];
  /**
   * The original sources from the maps' sourcesContent: TypeScript with comments and types.
   * gzip only: brotli at its best quality over 3 MB of sources would cost the run half a minute.
   */
  sourcesUnderSrc: SourceBytes;
  sourcesUnderNodeModules: SourceBytes;
}

export interface SourceBytes {
  files: number;
  raw: number;
  gzip: number;
}

export interface SizeReport {
  chunks: FileSize[];
  data: FileSize[];
  totals: { js: Bytes; css: Bytes; data: Bytes };
  code: CodeSplit;
}

/** The libraries the budget leaves out; everything else in the JS is the app's own. */
const LIBRARY_GROUPS: readonly (readonly [string, (pkg: string) => boolean])[] = [
  ['react', (p) => p === 'react' || p === 'react-dom' || p === 'scheduler'],
  ['maplibre', (p) => p === 'maplibre-gl' || p.startsWith('@maplibre/')],
  ['zod', (p) => p === 'zod'],
  ['d3', (p) => p.startsWith('d3-') || p === 'internmap'],
  ['tanstack', (p) => p.startsWith('@tanstack/')],
];
const UNMAPPED = 'unmapped (bundler glue)';

/**
 * gzip at zlib's default level, as `vite preview` and most servers compress on the fly; brotli
 * at its best quality, as a host that pre-compresses at build time would serve it.
 */
function compressedSizes(content: Buffer | string): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: constants.Z_DEFAULT_COMPRESSION }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length,
  };
}

function addBytes(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const NO_BYTES: Bytes = { raw: 0, gzip: 0, brotli: 0 };

function filesIn(dir: string, suffixes: readonly string[]): string[] {
  return readdirSync(dir)
    .filter((name) => suffixes.some((suffix) => name.endsWith(suffix)))
    .sort();
}

function measureFiles(dir: string, suffixes: readonly string[]): FileSize[] {
  return filesIn(dir, suffixes).map((file) => ({
    file,
    ...compressedSizes(readFileSync(join(dir, file))),
  }));
}

function groupOf(pkg: string): string {
  if (pkg === 'src' || pkg === UNMAPPED) return pkg;
  const library = LIBRARY_GROUPS.find(([, test]) => test(pkg));
  return library ? library[0] : 'own packages';
}

function readMap(path: string): RawSourceMap {
  return JSON.parse(readFileSync(path, 'utf8')) as RawSourceMap;
}

/** Splits every JS chunk's generated code by group, through its source map. */
function splitCode(assetsDir: string): CodeSplit {
  const shipped = new Map<string, Bytes>();
  const ownPackages = new Set<string>();
  const originals = { src: new Map<string, string>(), nodeModules: new Map<string, string>() };
  for (const file of filesIn(assetsDir, ['.js'])) {
    const code = readFileSync(join(assetsDir, file), 'utf8');
    const mapPath = join(assetsDir, `${file}.map`);
    if (!existsSync(mapPath)) {
      // The first screen's guard (src/firstScreen/guard.ts) is emitted as it is, without a map:
      // all of it is the atlas's own code.
      shipped.set('src', addBytes(shipped.get('src') ?? NO_BYTES, compressedSizes(code)));
      continue;
    }
    const map = readMap(mapPath);
    const textByGroup = new Map<string, string[]>();
    for (const [sourceIndex, pieces] of attributeGenerated(code, map)) {
      const sourcePath = map.sources[sourceIndex];
      const pkg = sourcePath === undefined ? UNMAPPED : packageOf(sourcePath);
      const group = groupOf(pkg);
      if (group === 'own packages' && pkg !== 'other') ownPackages.add(pkg);
      textByGroup.set(group, [...(textByGroup.get(group) ?? []), ...pieces]);
    }
    for (const [group, pieces] of textByGroup) {
      shipped.set(
        group,
        addBytes(shipped.get(group) ?? NO_BYTES, compressedSizes(pieces.join(''))),
      );
    }
    for (const [index, sourcePath] of map.sources.entries()) {
      const content = map.sourcesContent?.[index] ?? '';
      const target = packageOf(sourcePath) === 'src' ? originals.src : originals.nodeModules;
      target.set(sourcePath, content);
    }
  }
  const own = ['src', 'own packages'].reduce(
    (sum, group) => addBytes(sum, shipped.get(group) ?? NO_BYTES),
    NO_BYTES,
  );
  const concatenated = (sources: Map<string, string>): SourceBytes => {
    const text = Buffer.from([...sources.values()].join('\n'));
    return { files: sources.size, raw: text.length, gzip: gzipSync(text).length };
  };
  return {
    shipped: [...shipped.entries()]
      .map(([group, bytes]) => ({ group, ...bytes }))
      .sort((a, b) => b.gzip - a.gzip),
    own,
    ownPackages: [...ownPackages].sort(),
    sourcesUnderSrc: concatenated(originals.src),
    sourcesUnderNodeModules: concatenated(originals.nodeModules),
  };
}

export function measureSizes(distDir: string): SizeReport {
  const assetsDir = join(distDir, 'assets');
  const chunks = measureFiles(assetsDir, ['.js', '.css']);
  const data = measureFiles(join(distDir, 'data'), ['.json']);
  const sum = (files: FileSize[]) =>
    files.reduce<Bytes>((total, f) => addBytes(total, f), NO_BYTES);
  return {
    chunks,
    data,
    totals: {
      js: sum(chunks.filter((c) => c.file.endsWith('.js'))),
      css: sum(chunks.filter((c) => c.file.endsWith('.css'))),
      data: sum(data),
    },
    code: splitCode(assetsDir),
  };
}
