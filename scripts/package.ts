/**
 * `npm run package`: the release a newsroom or a school uploads without Node. It builds the atlas
 * with a relative base (`./`), so the same files work at a site's root or in any folder, and
 * zips them as release/mali-relations-atlas-<version>.zip: one folder holding the site, the
 * licences, the hosting guide and a README.txt on how to upload it.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { isEntryPoint } from './isEntryPoint.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Left out of the release: source maps are for developers, /examples/ is a mock article. */
export function belongsInRelease(pathInSite: string): boolean {
  return !pathInSite.endsWith('.map') && !pathInSite.startsWith('examples/');
}

export function releaseName(version: string): string {
  return `mali-relations-atlas-${version}`;
}

export function readmeText(version: string): string {
  return `Mali Relations Atlas ${version}
${'='.repeat(21 + version.length)}

An atlas of the foreign relations of Mali from independence (1960) to 2025: a map and a
timeline of events, each with its sources. This folder is the whole website: static files, no
server code, no database.

TO PUT IT ON YOUR SITE
1. Upload everything in this folder (index.html, embed.html, assets/, data/, icons/, sw.js and
   the rest) to a folder of your web host, for example /mali-atlas/, or to the site's root.
   It works from any folder: every address in it is relative.
2. Open that folder's address in a browser, e.g. https://www.example.org/mali-atlas/.
3. To embed it in an article, open the atlas, choose Share, and copy the embed code.

It must be served by a web server (http:// or https://); opening index.html from your disk does
not work, because browsers do not let such a page load its data or work offline.
After a first visit, the atlas works with no internet connection.

HOSTING.md (English) and HOSTING.fr.md (French) say which HTTP headers to set, how to let your
pages embed it, how offline use works and how to update.

LICENCES
- The atlas's code: MIT (LICENSE).
- The dataset (data/): CC BY 4.0 (DATA-LICENSE.txt). Cite it with the atlas's "Cite this view".
- Third-party code, fonts and data: THIRD-PARTY-LICENSES.txt.

---

Atlas des relations extérieures du Mali ${version}

POUR LE METTRE SUR VOTRE SITE
1. Envoyez tout le contenu de ce dossier dans un dossier de votre hébergement web (par exemple
   /mali-atlas/) ou à la racine du site. Il fonctionne depuis n'importe quel dossier.
2. Ouvrez l'adresse de ce dossier dans un navigateur.
3. Pour l'intégrer dans un article : ouvrez l'atlas, choisissez Partager et copiez le code.

Il doit être servi par un serveur web (http:// ou https://) : ouvrir index.html depuis le disque
ne fonctionne pas. Après une première visite, l'atlas fonctionne sans connexion.
HOSTING.fr.md explique les en-têtes HTTP, l'intégration, le hors-ligne et les mises à jour.
`;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(folder, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

export async function packageRelease(): Promise<{ zip: string; files: number; bytes: number }> {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const name = releaseName(version);
  const releaseDir = join(ROOT, 'release');
  const siteDir = join(releaseDir, 'site');
  rmSync(releaseDir, { recursive: true, force: true });
  await build({
    root: ROOT,
    base: './',
    logLevel: 'warn',
    build: { outDir: siteDir, emptyOutDir: true },
  });

  const entries: Zippable = {};
  for (const path of filesUnder(siteDir).filter(belongsInRelease)) {
    entries[`${name}/${path}`] = readFileSync(join(siteDir, path));
  }
  const text = (content: string) => new TextEncoder().encode(content.replace(/\r\n/g, '\n'));
  entries[`${name}/README.txt`] = text(readmeText(version));
  entries[`${name}/LICENSE`] = readFileSync(join(ROOT, 'LICENSE'));
  entries[`${name}/DATA-LICENSE.txt`] = readFileSync(join(ROOT, 'data', 'LICENSE'));
  entries[`${name}/HOSTING.md`] = readFileSync(join(ROOT, 'docs', 'hosting.md'));
  entries[`${name}/HOSTING.fr.md`] = readFileSync(join(ROOT, 'docs', 'hosting.fr.md'));

  const zip = zipSync(entries, { level: 9 });
  const zipPath = join(releaseDir, `${name}.zip`);
  mkdirSync(releaseDir, { recursive: true });
  writeFileSync(zipPath, zip);
  rmSync(siteDir, { recursive: true, force: true });
  return {
    zip: relative(ROOT, zipPath),
    files: Object.keys(entries).length,
    bytes: zip.byteLength,
  };
}

if (isEntryPoint(import.meta.url)) {
  packageRelease().then(
    ({ zip, files, bytes }) =>
      console.log(
        `package: ${zip} (${String(files)} files, ${(bytes / 1024 / 1024).toFixed(1)} MB). ` +
          'Unzip it and upload the folder; its README.txt says how.',
      ),
    (error: unknown) => {
      console.error('package: the release could not be built.', error);
      process.exitCode = 1;
    },
  );
}
