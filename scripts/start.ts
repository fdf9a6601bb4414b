/**
 * Serves the production build in dist/ for `npm start` (which builds first), at
 * http://127.0.0.1:4173 unless told otherwise: `npm start -- --port 4180`, or `--host 0.0.0.0`
 * for the other machines of a classroom. When the port is taken (another `npm start`, another
 * program) it says so, names the flag, and serves on the next free port rather than stopping.
 * Vite's own `preview` does the serving, with vite.config.ts (its headers, its CSP), as
 * `vite preview` would; no shell is involved, so it runs the same on Windows.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { isEntryPoint } from './isEntryPoint.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4173;
/** How many ports after a taken one are tried before giving up. */
const PORTS_TRIED = 20;

const USAGE = `Usage: npm start -- [--port <port>] [--host <host>]
Builds the atlas, then serves dist/ at http://${DEFAULT_HOST}:${String(DEFAULT_PORT)}.`;

/** What `npm start -- …` asked for; a mistake is thrown with the usage. */
export function parseStartArgs(args: readonly string[]): { host: string; port: number } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { port: { type: 'string' }, host: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, {
      cause: error,
    });
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`--port must be a whole number from 1 to 65535, not "${values.port ?? ''}"`);
  }
  return { host: values.host ?? DEFAULT_HOST, port };
}

/** Whether a server could listen on `host:port` now (false only when it is in use). */
export function isPortFree(host: string, port: number): Promise<boolean> {
  return new Promise((answer, fail) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? answer(false) : fail(error),
    );
    probe.listen({ host, port }, () => probe.close(() => answer(true)));
  });
}

/** `port` if it is free, else the first free one of the next few. */
export async function choosePort(host: string, port: number): Promise<number | undefined> {
  for (let candidate = port; candidate < port + PORTS_TRIED && candidate <= 65535; candidate++) {
    if (await isPortFree(host, candidate)) return candidate;
  }
  return undefined;
}

/** What `npm start` says when the port it was given is taken, naming the flag that sets it. */
export function portTakenMessage(host: string, wanted: number, chosen: number | undefined): string {
  const taken = `Port ${String(wanted)} on ${host} is already in use (another npm start, perhaps).`;
  const example = wanted === 4180 ? 4181 : 4180;
  const flag = `To choose the port: npm start -- --port ${String(example)}`;
  return chosen === undefined
    ? `${taken} So are the next ${String(PORTS_TRIED - 1)}.\n${flag}`
    : `${taken} Serving on port ${String(chosen)} instead.\n${flag}`;
}

async function start(args: readonly string[]): Promise<void> {
  const { host, port: wanted } = parseStartArgs(args);
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    throw new Error('dist/index.html not found: run `npm run build` first (npm start does).');
  }
  const port = await choosePort(host, wanted);
  if (port === undefined) throw new Error(portTakenMessage(host, wanted, port));
  if (port !== wanted) console.warn(portTakenMessage(host, wanted, port));
  const server = await preview({ root: ROOT, preview: { host, port, strictPort: true } });
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
}

if (isEntryPoint(import.meta.url)) {
  start(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
