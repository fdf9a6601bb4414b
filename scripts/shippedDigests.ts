/**
 * The SHA-256 of each shipped data file (public/data/) that reads back unchanged through the
 * page's own schemas (src/data/shippedFiles.ts). vite.config.ts bundles them with the page
 * (`virtual:data-digests`): a file whose bytes match was checked by this build with the same
 * code, so the page takes it as it is instead of running zod again on the way to the first
 * screen. Any other bytes (a file edited after the build, an error injected by a test) are
 * checked in the page, as before.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkShippedFiles } from '../src/data/shippedFiles.ts';

export const DATA_DIGESTS_MODULE = 'virtual:data-digests';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** File name to digest, for the files of `dir` that pass; none when there is no data yet. */
export function shippedDigests(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const bytes = new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, readFileSync(join(dir, name))] as const),
  );
  const texts = new Map([...bytes].map(([name, data]) => [name, data.toString('utf8')]));
  const { passed } = checkShippedFiles(texts);
  return Object.fromEntries(
    passed.flatMap((name) => {
      const data = bytes.get(name);
      return data ? [[name, sha256Hex(data)]] : [];
    }),
  );
}

/** The module's source: `export default { "events.json": "<hex>", … }`. */
export function digestsModule(digests: Readonly<Record<string, string>>): string {
  return `export default ${JSON.stringify(digests)};\n`;
}
