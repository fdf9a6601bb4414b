import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEntryPoint, samePath } from './isEntryPoint.ts';

/** A folder whose name has a space, an accent and an apostrophe, as a teacher's might. */
let dir: string;
let script: string;
let other: string;
beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'atlas-entry-')), "Atlas d'été x");
  mkdirSync(dir);
  script = join(dir, 'build-data.ts');
  other = join(dir, 'build-geometry.ts');
  writeFileSync(script, '');
  writeFileSync(other, '');
});
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

describe('isEntryPoint', () => {
  it('recognises the script from a folder with a space, an accent and an apostrophe', () => {
    const url = pathToFileURL(script).href;
    expect(url).toContain('%C3%A9');
    expect(isEntryPoint(url, ['node', script])).toBe(true);
  });

  it('recognises the script named by a relative path', () => {
    expect(
      isEntryPoint(pathToFileURL(script).href, ['node', relative(process.cwd(), script)]),
    ).toBe(true);
  });

  it('recognises the script run through a symlinked folder', () => {
    const link = join(dir, '..', 'linked');
    symlinkSync(dir, link, 'junction');
    expect(isEntryPoint(pathToFileURL(script).href, ['node', join(link, 'build-data.ts')])).toBe(
      true,
    );
  });

  it('refuses another script, a missing one, and no script at all', () => {
    const url = pathToFileURL(script).href;
    expect(isEntryPoint(url, ['node', other])).toBe(false);
    expect(isEntryPoint(url, ['node', join(dir, 'missing.ts')])).toBe(false);
    expect(isEntryPoint(url, ['node'])).toBe(false);
  });
});

describe('samePath', () => {
  it('ignores the case of a drive letter and the kind of separator on Windows only', () => {
    expect(samePath('C:\\Atlas\\scripts\\a.ts', 'c:/atlas/scripts/a.ts', 'win32')).toBe(true);
    expect(samePath('C:\\Atlas\\scripts\\a.ts', 'C:\\Atlas\\scripts\\b.ts', 'win32')).toBe(false);
    expect(samePath('/srv/Atlas/a.ts', '/srv/atlas/a.ts', 'linux')).toBe(false);
    expect(samePath('/srv/atlas/./a.ts', '/srv/atlas/a.ts', 'linux')).toBe(true);
  });
});
