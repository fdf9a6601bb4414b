/**
 * The folders' boundaries, as each folder's README states them: what each may import, and no
 * cycle between folders. Tests may import fixtures from anywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname);
const ROOT = '(src)';

/** What each folder may import; src/ itself (the page's composition) may import any. */
const ALLOWED: Record<string, readonly string[]> = {
  data: [],
  i18n: ['data'],
  theme: ['data'],
  ui: ['data', 'i18n'],
  state: ['data', 'i18n'],
  embed: ['data', 'i18n', 'state'],
  share: ['data', 'embed', 'i18n', 'state', 'ui'],
  cite: ['data', 'i18n', 'share', 'state', 'ui'],
  lessons: ['data', 'i18n', 'state', 'ui'],
  stories: ['data', 'i18n', 'lessons', 'state', 'ui'],
  panels: ['cite', 'data', 'i18n', 'state', 'stories', 'theme', 'ui'],
  map: ['data', 'i18n', 'state', 'theme', 'ui'],
  timeline: ['data', 'i18n', 'state', 'theme', 'ui'],
  handout: ['data', 'i18n', 'lessons', 'map', 'state'],
  // The downloadable image: the SVG drawing (map), the legend's keys (theme), the link (share),
  // the file's name and download (ui).
  picture: ['data', 'i18n', 'map', 'share', 'state', 'theme', 'ui'],
  pwa: [],
  // The script that decides, before the page is drawn, whether the written first screen shows.
  firstScreen: [],
  test: ['data'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const folderOf = (path: string): string => {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 ? (parts[0] ?? ROOT) : ROOT;
};

function folderImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const to = folderOf(normalize(join(dirname(file), specifier)));
      if (to !== from) targets.add(to);
    }
  }
  return graph;
}

describe('the folders of src/', () => {
  const graph = folderImports();

  it('each imports only what its README allows', () => {
    const breaches = [...graph].flatMap(([from, targets]) =>
      from === ROOT
        ? []
        : [...targets]
            .filter((to) => !(ALLOWED[from] ?? []).includes(to))
            .map((to) => `${from} → ${to}`),
    );
    expect(breaches).toEqual([]);
  });

  it('has a stated rule for every folder', () => {
    expect([...graph.keys()].filter((f) => f !== ROOT && !(f in ALLOWED))).toEqual([]);
  });

  it('never import each other in a cycle', () => {
    const cycles: string[] = [];
    const visit = (folder: string, path: string[]) => {
      for (const next of graph.get(folder) ?? []) {
        if (next === ROOT) continue;
        if (path.includes(next)) cycles.push([...path, next].join(' → '));
        else visit(next, [...path, next]);
      }
    };
    for (const folder of graph.keys()) visit(folder, [folder]);
    expect(cycles).toEqual([]);
  });
});
