/**
 * A plain static file server, standing in for a newsroom's or a school's web host: files as they
 * are, the right content types, no rewriting, no headers beyond those. It serves a built atlas
 * (or an unzipped release) under a path prefix, so a build for /mali-atlas/ can be tried as it
 * will be hosted: `npm run serve:static -- dist --prefix /mali-atlas/ --port 4175`.
 * The sub-path end-to-end test starts it in-process (e2e/subpath.spec.ts).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { isEntryPoint } from './isEntryPoint.ts';

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

export interface StaticServerOptions {
  /** The folder to serve. */
  root: string;
  /** The path it is served under, with slashes at both ends: `/` or `/mali-atlas/`. */
  prefix?: string;
  port: number;
  host?: string;
  /** Pages served beside the folder, by exact path (a host page that embeds the atlas). */
  extraPages?: Readonly<Record<string, string>>;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The file a request path names, or undefined when it is outside the prefix or tries to leave
 * the folder. A path ending in `/` names that folder's index.html, as on every static host.
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

export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const prefix = normalizePrefix(options.prefix ?? '/');
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const extra = options.extraPages?.[pathname];
    if (extra !== undefined) {
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'] });
      response.end(extra);
      return;
    }
    if (`${pathname}/` === prefix) {
      response.writeHead(301, { Location: prefix });
      response.end();
      return;
    }
    const file = fileForPath(options.root, prefix, pathname);
    const notFound = () => {
      response.writeHead(404, { 'Content-Type': CONTENT_TYPES['.txt'] });
      response.end(`Not found: ${pathname}\n`);
    };
    if (file === undefined) {
      notFound();
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) {
          // A folder asked for without its slash: send the reader to the slash, as hosts do.
          if (info.isDirectory()) {
            response.writeHead(301, { Location: `${pathname}/` });
            response.end();
          } else notFound();
          return;
        }
        response.writeHead(200, {
          'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
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
      () => notFound(),
    );
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      resolvePromise({
        url: `http://${host}:${String(options.port)}${prefix}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (isEntryPoint(import.meta.url)) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4175' },
      prefix: { type: 'string', default: '/' },
    },
  });
  const root = positionals[0] ?? 'dist';
  startStaticServer({ root, prefix: values.prefix, port: Number(values.port) }).then(
    (served) => console.log(`Serving ${root} at ${served.url} (Ctrl+C to stop)`),
    (error: unknown) => {
      console.error(
        error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
          ? `Port ${values.port} is taken: add --port with another number.`
          : error,
      );
      process.exitCode = 1;
    },
  );
}
