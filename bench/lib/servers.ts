/**
 * The one small static server the bench starts (and always stops), for the app and for the pages
 * it is compared with alike. Every file is sent as it is on disk, without compression: on one
 * machine a server's compressing is done by the reader's own cores. `vite preview` gzips each
 * response as it sends it, and the bench used it for the app alone, so the app paid for that and
 * its baselines did not (about 70 ms of the time to a usable timeline, measured in December 2026).
 * The byte budgets are measured on the files (bench/lib/sizes.ts), not on the wire.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticMount {
  /** URL prefix, such as "/timelinejs/"; the first mount whose prefix matches serves the path. */
  prefix: string;
  dir: string;
  /** Sent with every file of this mount. */
  headers?: Readonly<Record<string, string>>;
}

function fileFor(
  mounts: readonly StaticMount[],
  pathname: string,
): { file: string; mount: StaticMount } | null {
  for (const mount of mounts) {
    if (!pathname.startsWith(mount.prefix)) continue;
    const root = resolve(mount.dir);
    const path = resolve(root, normalize(decodeURIComponent(pathname.slice(mount.prefix.length))));
    // Never serve outside the mounted folder.
    if (path !== root && !path.startsWith(root + sep)) return null;
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    return existsSync(file) ? { file, mount } : null;
  }
  return null;
}

/**
 * The headers `vite preview` sends with the atlas (vite.config.ts), so the app is measured under
 * its own policy: the Content-Security-Policy is read back from the built page, which carries it.
 */
function atlasHeaders(distDir: string): Record<string, string> {
  const page = readFileSync(join(distDir, 'index.html'), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
  if (!csp) throw new Error(`${distDir}/index.html has no Content-Security-Policy meta tag`);
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * Serves folders under prefixes, plus generated files held in memory (the synthetic data), on
 * `port` (0: any free port).
 */
export async function startStaticServer(
  mounts: readonly StaticMount[],
  generated: ReadonlyMap<string, Buffer>,
  port = 0,
): Promise<RunningServer> {
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const body = generated.get(pathname);
    if (body) {
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.json'] ?? 'application/json' });
      response.end(body);
      return;
    }
    const found = fileFor(mounts, pathname);
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      ...found.mount.headers,
      'content-type': CONTENT_TYPES[extname(found.file)] ?? 'application/octet-stream',
    });
    createReadStream(found.file).pipe(response);
  };
  const server = createServer(handle);
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(port, '127.0.0.1', listening);
  });
  const { port: listening } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(listening)}`,
    stop: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}

/** The built atlas at the root of its own origin, as a host would serve it. */
export function startAtlasServer(distDir: string, port = 0): Promise<RunningServer> {
  return startStaticServer(
    [{ prefix: '/', dir: distDir, headers: atlasHeaders(distDir) }],
    new Map(),
    port,
  );
}
