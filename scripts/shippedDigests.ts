/**
 * The SHA-256 of each data file the data build wrote to public/data/ after reading it back the
 * page's way (src/data/shippedFiles.ts), kept in .cache/data-digests.json. vite.config.ts bundles
 * them with the page (`virtual:data-digests`): a file whose bytes match was checked with the same
 * schemas, so the page takes it as it is instead of running zod again on the way to the first
 * screen. Any other bytes (a file edited after the data build, an error injected by a test) are
 * checked in the page, as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIGESTS_MODULE = 'virtual:data-digests';

const DIGESTS_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '.cache',
  'data-digests.json',
);

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Records the files the data build checked (file name to text, as written). */
export function writeShippedDigests(written: ReadonlyMap<string, string>, file = DIGESTS_FILE) {
  const digests = Object.fromEntries([...written].map(([name, text]) => [name, sha256Hex(text)]));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(digests, null, 2)}\n`);
}

/** The digests the data build recorded; none before the first data build. */
export function readShippedDigests(file = DIGESTS_FILE): Record<string, string> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return {};
  }
  if (json === null || typeof json !== 'object') return {};
  return Object.fromEntries(
    Object.entries(json).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && /^[0-9a-f]{64}$/.test(entry[1]),
    ),
  );
}

/** The module's source: `export default { "events.json": "<hex>", … }`. */
export function digestsModule(digests: Readonly<Record<string, string>>): string {
  return `export default ${JSON.stringify(digests)};\n`;
}
