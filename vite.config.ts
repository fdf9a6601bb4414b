import react from '@vitejs/plugin-react';
import type { HtmlTagDescriptor, IndexHtmlTransformContext, Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from './scripts/basePath.ts';
import { firstScreen } from './scripts/firstScreen.ts';
import {
  DATA_DIGESTS_MODULE,
  digestsModule,
  readShippedDigests,
} from './scripts/shippedDigests.ts';
import { socialCardTags } from './scripts/socialCardTags.ts';
import { thirdPartyNotice } from './scripts/thirdPartyLicences.ts';
import { MAP_COLOURS, UI_COLOURS } from './src/theme/palette.ts';
import { PALETTE_CSS_MODULE, paletteCss } from './src/theme/paletteCss.ts';

/**
 * The Content-Security-Policy of the atlas's pages (docs/security.md explains each directive).
 * Everything the atlas loads comes from its own origin; nothing is inline, nothing is evaluated.
 * React and MapLibre set element styles through the CSSOM, which style-src 'self' allows; MapLibre
 * decodes images into blob: and data: URLs and may start its worker from a blob:.
 */
const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * The same policy goes in the pages and in the header, and neither says frame-ancestors: embeds
 * are meant for any page, and leaving it out is the only way to allow them all. `*` matches
 * network schemes only, so `frame-ancestors *` refuses a page opened from disk (file:), and no
 * source expression at all matches a host whose origin is opaque, such as a sandboxed page or a
 * new about:blank page (both checked in Chromium; e2e/csp.spec.ts keeps the first and last).
 */
const CSP = serializeCsp(CSP_DIRECTIVES);

/**
 * Writes the policy into every built page, so it holds on hosts that cannot set headers (a static
 * bucket, a school's file server). Build only: the dev server needs inline scripts for React's
 * fast refresh. Placed right after <meta charset> so it governs every tag that follows.
 */
function contentSecurityPolicyMeta(): Plugin {
  const charset = /<meta charset="UTF-8" \/>/i;
  return {
    name: 'atlas:csp-meta',
    apply: 'build',
    transformIndexHtml(html, context) {
      if (!charset.test(html)) {
        throw new Error(`${context.filename}: no <meta charset="UTF-8" /> to put the CSP after`);
      }
      return html.replace(
        charset,
        (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      );
    },
  };
}

/**
 * The policy as a real header from `vite preview`, as a host should send it (docs/security.md):
 * a header also governs the workers' scripts, which a <meta> cannot. /examples/ is left out: it
 * stands for a news site's own page, whose policy is its own business (its iframes carry
 * style="border: 0", which the atlas's style-src would refuse).
 */
function contentSecurityPolicyHeader(): Plugin {
  return {
    name: 'atlas:csp-header',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith('/examples/')) {
          response.setHeader('Content-Security-Policy', CSP);
        }
        next();
      });
    },
  };
}

/**
 * The palette's colours as CSS custom properties, served as a stylesheet module
 * (`import 'virtual:palette.css'` in main.tsx): the build bundles it with the page's other CSS,
 * so there is no generated file to keep in step and no inline style for the CSP to refuse. The
 * `\0` prefix keeps other plugins from resolving the id as a file; its `.css` ending sends it
 * through Vite's CSS pipeline. A change to palette.ts restarts the dev server, as any file the
 * config imports does. The browser's own colour for the page (`theme-color`) comes from the
 * palette too.
 */
function paletteStylesheet(): Plugin {
  const resolvedId = `\0${PALETTE_CSS_MODULE}`;
  return {
    name: 'atlas:palette-css',
    resolveId: (id) => (id === PALETTE_CSS_MODULE ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? paletteCss() : undefined),
    transformIndexHtml: (_html, context) =>
      context.path === '/index.html'
        ? [{ tag: 'meta', attrs: { name: 'theme-color', content: MAP_COLOURS.mali } }]
        : [],
  };
}

/**
 * The digests of the data files the data build checked (scripts/shippedDigests.ts), as the module
 * `virtual:data-digests` that src/data/startData.ts imports. Read when the module is first asked
 * for: if the data is rebuilt while the dev server runs, its copy is stale and the page checks
 * the new files itself.
 */
function dataDigests(): Plugin {
  const resolvedId = `\0${DATA_DIGESTS_MODULE}`;
  return {
    name: 'atlas:data-digests',
    resolveId: (id) => (id === DATA_DIGESTS_MODULE ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? digestsModule(readShippedDigests()) : undefined),
  };
}

/**
 * The data files the first screen needs, asked for by the page itself, so they download while
 * the scripts do instead of after them (measured by npm run bench). `crossorigin` makes the
 * preload match the app's fetch(), so the response is used, not fetched twice.
 */
const PRELOADED_DATA = [
  'events.json',
  'countries.json',
  'context.json',
  'stories.json',
  'sources.json',
  'shapes.json',
];

function preloadData(): Plugin {
  let base = '/';
  return {
    name: 'atlas:preload-data',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml() {
      return PRELOADED_DATA.map((file) => ({
        tag: 'link',
        attrs: {
          rel: 'preload',
          href: `${base}data/${file}`,
          as: 'fetch',
          crossorigin: 'anonymous',
        },
        injectTo: 'head' as const,
      }));
    },
  };
}

/**
 * A build-only plugin that names files of the finished bundle in each page (chosen by `tagsFor`
 * from the bundle, with Vite's base path). Build only: the dev server has no bundle.
 */
type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>;

function bundleLinks(
  name: string,
  tagsFor: (bundle: OutputBundle, base: string) => HtmlTagDescriptor[],
): Plugin {
  let base = '/';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => tagsFor(context.bundle ?? {}, base),
    },
  };
}

/**
 * MapLibre's chunk is loaded by import() once the page's own script has run; the page names it
 * up front so its download starts with the page's, at low priority so it never delays what the
 * first screen needs (measured by npm run bench).
 */
const preloadMapChunk = () =>
  bundleLinks('atlas:preload-map-chunk', (bundle, base) => {
    const chunk = Object.values(bundle).find(
      (output) =>
        output.type === 'chunk' &&
        output.isDynamicEntry &&
        output.facadeModuleId?.endsWith('/src/map/MapView.tsx') === true,
    );
    if (chunk?.type !== 'chunk') {
      throw new Error('atlas:preload-map-chunk: no chunk for src/map/MapView.tsx');
    }
    const css = [...(chunk.viteMetadata?.importedCss ?? [])];
    return [
      {
        tag: 'link',
        attrs: { rel: 'modulepreload', href: `${base}${chunk.fileName}`, fetchpriority: 'low' },
        injectTo: 'head',
      },
      ...css.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `${base}${file}`, as: 'style', fetchpriority: 'low' },
        injectTo: 'head' as const,
      })),
    ];
  });

/**
 * The two faces every first screen uses (Noto Sans Latin, regular and bold) are named in the
 * page, so they download with the scripts instead of once the first layout has found text that
 * needs them; the bold one was otherwise asked for after the first render, and its arrival laid
 * the page out again.
 */
const FIRST_SCREEN_FONTS = /\/noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/;

const preloadFonts = () =>
  bundleLinks('atlas:preload-fonts', (bundle, base) => {
    const fonts = Object.keys(bundle).filter((file) => FIRST_SCREEN_FONTS.test(`/${file}`));
    if (fonts.length !== 2) {
      throw new Error(`atlas:preload-fonts: expected 2 fonts, found ${String(fonts.length)}`);
    }
    return fonts.map((file) => ({
      tag: 'link',
      attrs: {
        rel: 'preload',
        href: `${base}${file}`,
        as: 'font',
        type: 'font/woff2',
        crossorigin: 'anonymous',
      },
      injectTo: 'head' as const,
    }));
  });

/**
 * THIRD-PARTY-LICENSES.txt beside the pages, from the packages the bundle really contains
 * (scripts/thirdPartyLicences.ts), so whoever hosts a build has the notices to pass on.
 */
function thirdPartyLicences(): Plugin {
  return {
    name: 'atlas:third-party-licences',
    apply: 'build',
    generateBundle() {
      // Every module of the build's graph, stylesheets included; a package whose code was all
      // shaken out is still named, which errs on the side of the notice.
      const moduleIds = [...this.getModuleIds()];
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: thirdPartyNotice(
          moduleIds,
          fileURLToPath(new URL('node_modules', import.meta.url)),
        ),
      });
    },
  };
}

/**
 * The card a shared link shows (scripts/socialCardTags.ts), with the picture that
 * scripts/build-social-preview.ts draws before each build. The full atlas only: an embed's
 * address is not one people share.
 */
function socialCard(): Plugin {
  let base = '/';
  return {
    name: 'atlas:social-card',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: (_html, context) =>
      context.path === '/index.html'
        ? socialCardTags(base, process.env.ATLAS_SITE_URL, {
            title: 'Mali Relations Atlas',
            description:
              'An interactive atlas of the foreign relations of Mali from independence in 1960 to 2025: a map and a timeline of events, each with its sources.',
            imageAlt:
              'Map of Mali and its neighbours, coloured by their relations with Mali, under the title Mali Relations Atlas.',
          }).map((tag) => ({ ...tag, injectTo: 'head' as const }))
        : [],
  };
}

/**
 * Where the atlas is served from: `npm run build -- --base=/mali-atlas/` (the command line wins)
 * or ATLAS_BASE=/mali-atlas/ for CI; `./` makes a build that works from any folder
 * (docs/hosting.md). Everything the atlas loads or links to follows it.
 */
const BASE = normalizeBase(process.env.ATLAS_BASE);

export default defineConfig({
  base: BASE,
  plugins: [
    react(),
    paletteStylesheet(),
    dataDigests(),
    preloadData(),
    preloadMapChunk(),
    preloadFonts(),
    contentSecurityPolicyMeta(),
    contentSecurityPolicyHeader(),
    thirdPartyLicences(),
    socialCard(),
    firstScreen(),
    VitePWA({
      // A new version waits until the reader accepts it (src/pwa/UpdatePrompt.tsx), so a page
      // never runs old scripts against new data or the other way round.
      registerType: 'prompt',
      // The app registers through virtual:pwa-register (src/pwa/registerServiceWorker.ts); no
      // script is injected into the pages, which the CSP would have to allow.
      injectRegister: false,
      manifest: {
        // Relative to the manifest, which sits at the base path: the installed app opens, and its
        // icons load, wherever the atlas is hosted (/, /mali-atlas/ or any folder with base ./).
        id: './',
        name: 'Mali Relations Atlas',
        short_name: 'Mali Atlas',
        description:
          'An interactive atlas of the foreign relations of Mali from independence in 1960 to 2025.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: MAP_COLOURS.mali,
        background_color: UI_COLOURS.bg,
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      // The worker is our own src/pwa/sw.ts (why: its header), built with the list of files
      // to precache put in its place.
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      injectManifest: {
        // Registered as a classic worker, so one self-contained script.
        rollupFormat: 'iife',
        // The whole atlas, so a classroom can use it with no network: both pages, scripts (the
        // MapLibre worker and embed.js too), styles, the woff2 fonts (every browser that runs a
        // service worker reads woff2, so the .woff copies stay out), the data and the favicon.
        // The plugin adds the manifest and its icons itself.
        // The whole dataset comes too, once, as its Data Package zip; the single tables, which
        // repeat it (about 1 MB in all), are kept after their first download instead (sw.ts).
        globPatterns: ['**/*.{html,js,mjs,css,woff2,json,svg}', 'data/downloads/*.zip'],
        // Source maps are for DevTools; /examples/ is a mock third-party article, not the atlas.
        globIgnores: ['**/*.map', 'examples/**', 'data/downloads/*.{csv,json}'],
        // The largest file is MapLibre's chunk (about 1.1 MB); a file over the limit would be
        // skipped silently and the atlas would fail offline, so the limit is stated here.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The full atlas and the embed share every module; only the page differs.
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    // Fourteen hours ahead of UTC, so a local-time date bug fails for everyone.
    globalSetup: ['src/test/timeZoneSetup.ts'],
  },
});
