/**
 * Whether a module is the script Node was started with, so a script's work runs when it is
 * run (`tsx scripts/build-data.ts`) and not when a test imports it.
 *
 * Comparing `import.meta.url` with a hand-made `file://${process.argv[1]}` goes wrong in three
 * ways: the URL percent-encodes spaces and accents (`Atlas%20d'%C3%A9t%C3%A9`) while argv keeps
 * them; Windows paths (`C:\atlas\…`) are not URL paths; and a symlinked folder gives argv the
 * link while the module's URL names the real file. So both sides become real file paths.
 */
import { realpathSync } from 'node:fs';
import { posix, resolve, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * True when `moduleUrl` (pass `import.meta.url`) is the script `argv` names (by default the
 * command line Node was started with). A path that does not exist, or no script at all (the REPL,
 * `node -e`), is not the module.
 */
export function isEntryPoint(moduleUrl: string, argv: readonly string[] = process.argv): boolean {
  const scriptPath = argv[1];
  if (scriptPath === undefined) return false;
  const real = (path: string): string | undefined => {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  };
  const modulePath = real(fileURLToPath(moduleUrl));
  const script = real(resolve(scriptPath));
  return modulePath !== undefined && script !== undefined && samePath(modulePath, script);
}

/**
 * Whether two absolute paths name the same file on `platform`. Windows paths compare without
 * regard to case or separator (`c:/Atlas` and `C:\atlas` are one folder there), as its file
 * systems do by default.
 */
export function samePath(a: string, b: string, platform = process.platform): boolean {
  if (platform !== 'win32') return posix.normalize(a) === posix.normalize(b);
  const key = (path: string) => win32.normalize(path).toLowerCase();
  return key(a) === key(b);
}
