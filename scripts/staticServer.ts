/**
 * A plain static file server: files as they are on disk, with their content types, nothing
 * rewritten and nothing compressed. It stands in for a newsroom's or a school's web host
 * (`npm run serve:static`, the sub-path and release end-to-end tests) and serves the bench's
 * pages (bench/lib/servers.ts), so every one of them is served alike.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

export interface RunningServer {
  /** `http://127.0.0.1:<port>`, with no trailing slash. */
  origin: string;
  stop: () => Promise<void>;
}

export interface StaticMount {
  /** The URL path it is served under, with slashes at both ends: `/` or `/mali-atlas/`. */
  prefix: string;
  dir: string;
  /** Sent with every file of this mount. */
  headers?: Readonly<Record<string, string>>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

const contentType = (path: string) => CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';

/** A mount's prefix with slashes at both ends, however it was written. */
export function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The file a request path names in a folder served under `prefix`, or undefined when it is
 * outside the prefix or tries to leave the folder. A path ending in `/` names that folder's
 * index.html, as on every static host.
 */
export function fileForPath(root: string, prefix: string, pathname: string): string | undefined {
  if (!pathname.startsWith(prefix)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return undefined;
  }
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const folder = resolve(root);
  const file = resolve(folder, relative);
  return file.startsWith(folder + sep) ? file : undefined;
}

/**
 * Serves folders under prefixes (the first mount whose prefix matches a path serves it) and
 * files held in memory by exact path (a host page, the bench's synthetic data), on `port`
 * (0: any free port).
 */
export async function startStaticServer(
  mounts: readonly StaticMount[],
  generated: ReadonlyMap<string, Buffer | string> = new Map(),
  port = 0,
): Promise<RunningServer> {
  const normalized = mounts.map((mount) => ({ ...mount, prefix: normalizePrefix(mount.prefix) }));
  const notFound = (response: ServerResponse, pathname: string) => {
    response.writeHead(404, { 'Content-Type': CONTENT_TYPES['.txt'] });
    response.end(`Not found: ${pathname}\n`);
  };
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const body = generated.get(pathname);
    if (body !== undefined) {
      response.writeHead(200, { 'Content-Type': contentType(pathname) });
      response.end(body);
      return;
    }
    // A folder asked for without its slash goes to the slash, as hosts do.
    if (normalized.some((mount) => `${pathname}/` === mount.prefix)) {
      response.writeHead(301, { Location: `${pathname}/` });
      response.end();
      return;
    }
    const mount = normalized.find((m) => pathname.startsWith(m.prefix));
    const file = mount && fileForPath(mount.dir, mount.prefix, pathname);
    if (!mount || file === undefined) {
      notFound(response, pathname);
      return;
    }
    stat(file).then(
      (info) => {
        if (info.isDirectory()) {
          response.writeHead(301, { Location: `${pathname}/` });
          response.end();
          return;
        }
        if (!info.isFile()) {
          notFound(response, pathname);
          return;
        }
        response.writeHead(200, {
          ...mount.headers,
          'Content-Type': contentType(file),
          'Content-Length': info.size,
        });
        if (request.method === 'HEAD') {
          response.end();
          return;
        }
        // A file removed between stat and read (a folder being replaced or cleaned up) ends
        // that response, not the server.
        createReadStream(file)
          .on('error', () => response.destroy())
          .pipe(response);
      },
      () => notFound(response, pathname),
    );
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
