/**
 * How the end-to-end tests and the bench find and launch Chromium, in one place
 * (shared/ENVIRONMENT.md): Debian's build or CHROMIUM_PATH, WebGL2 through SwiftShader, and no
 * request leaving the machine.
 */
import { existsSync } from 'node:fs';

export const LAUNCH_ARGS: readonly string[] = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];

/** Debian's Chromium (or CHROMIUM_PATH); undefined lets Playwright use its own build. */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path): path is string => Boolean(path && existsSync(path)),
  );
}
