// @vitest-environment node
/**
 * `npm run data:build` from a folder whose path has a space, an accent and an apostrophe, as a
 * teacher's "Atlas d'été" might: the build once compared its own URL (percent-encoded) with the
 * path it was started with (not encoded), decided it had not been run, and wrote nothing with no
 * error. The project is copied there (node_modules is linked: a copy would be too slow), the
 * build is run as npm runs it, and the files it writes are checked in the copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
/** What the data build reads: its scripts, the app's schemas, the data and the project files. */
const COPIED = ['scripts', 'src', 'data', 'package.json', 'tsconfig.json'];

let parent: string;
let project: string;
beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'atlas-path-'));
  project = join(parent, "Atlas d'été x");
  mkdirSync(project);
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  // A junction on Windows needs no administrator rights; elsewhere the type is ignored.
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'junction');
});
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('npm run data:build', () => {
  it('writes public/data/ in a folder whose path has a space, an accent and an apostrophe', () => {
    // tsx's own script run by this Node, as `tsx scripts/build-data.ts` is, with no shell between.
    const tsx = join(project, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const result = spawnSync(process.execPath, [tsx, join('scripts', 'build-data.ts')], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('→ public/data/');
    const out = join(project, 'public', 'data');
    for (const file of ['events.json', 'countries.json', 'shapes.json', 'labels.json']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
  }, 60_000);
});
