/**
 * THIRD-PARTY-LICENSES.txt: the packages whose code, fonts or data ship in the built atlas, each
 * with its version, licence and licence text, written at build time from what the bundle really
 * contains (so it cannot fall behind the dependencies). A newsroom hosting the release must pass
 * these notices on; the file sits beside index.html and in the release zip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Packages that ship in the atlas without being modules of its bundle: the font files (named by
 * url() in src/theme/fonts.css, so they are assets, not modules), the service worker's runtime
 * (built by vite-plugin-pwa from Workbox) and the packages whose data `npm run data:build` turns
 * into the atlas's own files (shapes, capitals, country names).
 */
export const SHIPPED_OUTSIDE_THE_BUNDLE: readonly string[] = [
  '@fontsource/noto-sans',
  'workbox-core',
  'workbox-precaching',
  'workbox-routing',
  'workbox-strategies',
  'world-atlas',
  'node-location-timezone',
  'i18n-iso-countries',
];

/** The package a module id belongs to (`@scope/name` or `name`), from its last node_modules. */
export function packageOfModule(moduleId: string): string | undefined {
  const path = moduleId.replace(/\\/g, '/').replace(/^\0/, '').split('?')[0] ?? '';
  const marker = '/node_modules/';
  const at = path.lastIndexOf(marker);
  if (at < 0) return undefined;
  const parts = path.slice(at + marker.length).split('/');
  const first = parts[0];
  if (first === undefined || first === '') return undefined;
  if (first.startsWith('@')) {
    const second = parts[1];
    return second ? `${first}/${second}` : undefined;
  }
  return first;
}

interface PackageNotice {
  name: string;
  version: string;
  licence: string;
  homepage: string | undefined;
  text: string | undefined;
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt))?$/i;

function readNotice(nodeModules: string, name: string): PackageNotice | undefined {
  const folder = join(nodeModules, ...name.split('/'));
  const manifestFile = join(folder, 'package.json');
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    version?: string;
    license?: string;
    homepage?: string;
  };
  const licenceFiles = readdirSync(folder).filter((file) => LICENCE_FILE.test(file));
  return {
    name,
    version: manifest.version ?? 'unknown',
    licence: manifest.license ?? 'see the package',
    homepage: manifest.homepage,
    text:
      licenceFiles.length === 0
        ? undefined
        : licenceFiles.map((file) => readFileSync(join(folder, file), 'utf8').trim()).join('\n\n'),
  };
}

/** The notice for the given module ids, plus the packages that ship outside the bundle. */
export function thirdPartyNotice(moduleIds: Iterable<string>, nodeModules: string): string {
  const names = new Set<string>(SHIPPED_OUTSIDE_THE_BUNDLE);
  for (const id of moduleIds) {
    const name = packageOfModule(id);
    if (name !== undefined) names.add(name);
  }
  const notices = [...names]
    .sort((a, b) => a.localeCompare(b, 'en'))
    .map((name) => readNotice(nodeModules, name))
    .filter((notice): notice is PackageNotice => notice !== undefined);
  const rule = '-'.repeat(72);
  const sections = notices.map((notice) =>
    [
      rule,
      `${notice.name} ${notice.version}`,
      `Licence: ${notice.licence}`,
      ...(notice.homepage ? [`Home: ${notice.homepage}`] : []),
      '',
      notice.text ?? '(The package ships no licence file; its licence is named above.)',
    ].join('\n'),
  );
  return [
    'Mali Relations Atlas: third-party software, fonts and data',
    '',
    'The atlas itself is under the MIT licence (LICENSE); its dataset is under CC BY 4.0.',
    'It ships the following packages, or data made from them. The country shapes come from',
    'Natural Earth (public domain), through world-atlas.',
    '',
    ...sections,
    rule,
    '',
  ].join('\n');
}
