import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestsModule, readShippedDigests, writeShippedDigests } from './shippedDigests';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'digests-'));
  dirs.push(dir);
  return join(dir, 'nested', 'data-digests.json');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('shipped digests', () => {
  it('records the SHA-256 of each text the data build wrote, for the page’s build', () => {
    const file = tempFile();
    writeShippedDigests(new Map([['events.json', 'abc']]), file);
    const digests = readShippedDigests(file);
    expect(digests).toEqual({
      'events.json': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
    expect(digestsModule(digests)).toBe(`export default ${JSON.stringify(digests)};\n`);
  });

  it('gives none before a data build, and nothing that is not a digest', () => {
    const file = tempFile();
    expect(readShippedDigests(file)).toEqual({});
    writeShippedDigests(new Map(), file);
    writeFileSync(file, JSON.stringify({ 'events.json': 'not a digest', 'labels.json': 3 }));
    expect(readShippedDigests(file)).toEqual({});
  });
});
