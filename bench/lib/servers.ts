/**
 * The bench's servers: the plain static server of scripts/staticServer.ts, for the app and for
 * the pages it is compared with alike, and the app with the headers it is hosted with. Every file is sent as it is on disk, without compression: on one
 * machine a server's compressing is done by the reader's own cores. `vite preview` gzips each
 * response as it sends it, and the bench used it for the app alone, so the app paid for that and
 * its baselines did not (about 70 ms of the time to a usable timeline, measured in December 2026).
 * The byte budgets are measured on the files (bench/lib/sizes.ts), not on the wire.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer, type RunningServer } from '../../scripts/staticServer.ts';

export {
  startStaticServer,
  type RunningServer,
  type StaticMount,
} from '../../scripts/staticServer.ts';

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

/** The built atlas at the root of its own origin, as a host would serve it. */
export function startAtlasServer(distDir: string, port = 0): Promise<RunningServer> {
  return startStaticServer(
    [{ prefix: '/', dir: distDir, headers: atlasHeaders(distDir) }],
    new Map(),
    port,
  );
}
