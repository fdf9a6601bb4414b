/**
 * The servers the bench starts and always stops: `vite preview` for the app (the real
 * production server), and one small static server for the baselines and TimelineJS.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { sleep } from './util.ts';

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
}

async function waitForHttp(url: string, timeoutMs: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`the server for ${url} exited before answering`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet: try again shortly.
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${String(timeoutMs / 1000)} s`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(3_000).then(() => false)]);
  if (!stopped) child.kill('SIGKILL');
}

export interface AppServer extends RunningServer {
  /** Restarts vite preview if it has stopped; true when it had to. */
  ensure: () => Promise<boolean>;
}

/**
 * Starts node_modules/.bin/vite itself (not through npx, whose wrapper would outlive a kill)
 * on the bench's own port, so an e2e run of someone else on 4173 never reuses or loses it.
 * Other sessions on the machine may stop it (a broad `pkill vite` elsewhere): `ensure`
 * starts it again.
 */
export async function startVitePreview(
  root: string,
  outDir: string,
  port: number,
): Promise<AppServer> {
  const origin = `http://127.0.0.1:${String(port)}`;
  const args = ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const start = async (): Promise<ChildProcess> => {
    const child = spawn(join(root, 'node_modules/.bin/vite'), [...args, '--outDir', outDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await waitForHttp(`${origin}/`, 30_000, () => child.exitCode !== null);
    } catch (error) {
      await stopProcess(child);
      throw new Error(`vite preview did not start: ${String(error)}\n${output.trim()}`, {
        cause: error,
      });
    }
    return child;
  };
  let child = await start();
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    origin,
    ensure: async () => {
      if (running()) return false;
      child = await start();
      return true;
    },
    stop: () => stopProcess(child),
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticMount {
  /** URL prefix, such as "/timelinejs/". */
  prefix: string;
  dir: string;
}

function fileFor(mounts: readonly StaticMount[], pathname: string): string | null {
  for (const mount of mounts) {
    if (!pathname.startsWith(mount.prefix)) continue;
    const root = resolve(mount.dir);
    const path = resolve(root, normalize(decodeURIComponent(pathname.slice(mount.prefix.length))));
    // Never serve outside the mounted folder.
    if (path !== root && !path.startsWith(root + sep)) return null;
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    return existsSync(file) ? file : null;
  }
  return null;
}

/** Serves folders under prefixes, plus generated files held in memory (the synthetic data). */
export async function startStaticServer(
  mounts: readonly StaticMount[],
  generated: ReadonlyMap<string, Buffer>,
): Promise<RunningServer> {
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const body = generated.get(pathname);
    if (body) {
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.json'] ?? 'application/json' });
      response.end(body);
      return;
    }
    const file = fileFor(mounts, pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  };
  const server = createServer(handle);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    stop: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
