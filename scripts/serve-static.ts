/**
 * `npm run serve:static -- <folder> [--prefix /mali-atlas/] [--port 4175]`: a built atlas (or
 * an unzipped release) served as a plain web host would serve it, under the path it will live
 * at, so a build for /mali-atlas/ can be tried before it is uploaded (docs/hosting.md).
 */
import { parseArgs } from 'node:util';
import { normalizePrefix, startStaticServer } from './staticServer.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '4175' },
    prefix: { type: 'string', default: '/' },
  },
});
const dir = positionals[0] ?? 'dist';
const prefix = normalizePrefix(values.prefix);
startStaticServer([{ prefix, dir }], new Map(), Number(values.port)).then(
  (served) => console.log(`Serving ${dir} at ${served.origin}${prefix} (Ctrl+C to stop)`),
  (error: unknown) => {
    console.error(
      error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
        ? `Port ${values.port} is taken: add --port with another number.`
        : error,
    );
    process.exitCode = 1;
  },
);
