/**
 * The first screen of the default view, written into the built index.html (issue #19: the first
 * paint shows the real timeline and year before any script has run). At build time, Vite loads
 * src/renderFirstScreen.tsx as a server module, renders the atlas from the generated data files
 * with React's static prerendering, and puts the HTML in #root; main.tsx hydrates it. A small
 * blocking script (src/firstScreen/guard.ts) decides before the body is drawn whether the reader
 * asked for that view; the page's loading line, moved out of #root, shows otherwise.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer, transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';

const ROOT_PLACEHOLDER =
  /<div id="root">\s*(<p class="page-loading"[^>]*data-page-loading[^>]*>[\s\S]*?<\/p>)\s*<\/div>/;

/** Answers the data files' requests from the generated files while the page is rendered. */
async function withDataFiles<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    const file = /\/data\/([\w.-]+\.json)$/.exec(url)?.[1];
    if (!file) throw new Error(`atlas:first-screen: the page asked for ${url} while rendered`);
    return new Response(await readFile(join(dataDir, file)), {
      headers: { 'Content-Type': 'application/json' },
    });
  };
  try {
    return await work();
  } finally {
    globalThis.fetch = realFetch;
  }
}

async function renderFirstScreen(config: ResolvedConfig): Promise<string> {
  const server = await createServer({
    configFile: config.configFile ?? false,
    root: config.root,
    base: config.base,
    mode: 'production',
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const module = (await server.ssrLoadModule('/src/renderFirstScreen.tsx')) as {
      renderFirstScreen: () => Promise<string>;
    };
    return await withDataFiles(join(config.publicDir, 'data'), module.renderFirstScreen);
  } finally {
    await server.close();
  }
}

async function guardScript(root: string): Promise<string> {
  const path = join(root, 'src/firstScreen/guard.ts');
  const { code } = await transformWithOxc(await readFile(path, 'utf8'), path, { lang: 'ts' });
  return code;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#x27;': "'",
  '&lt;': '<',
  '&gt;': '>',
};
const decodeAttribute = (value: string) =>
  value.replace(/&(amp|quot|#x27|lt|gt);/g, (e) => ENTITIES[e] ?? e);

/**
 * The CSP refuses style attributes written in a page (style-src 'self'), and hydration never
 * writes them again, so each `style="…"` of the written HTML becomes `data-style="…"`, drawn by
 * a stylesheet rule matching that exact value until the page's script turns it back into the
 * element's style (main.tsx), which the CSP allows.
 */
export function moveStyleAttributes(html: string): { html: string; css: string } {
  const rules = new Map<string, string>();
  const moved = html.replace(/ style="([^"]*)"/g, (_match, value: string) => {
    const declarations = decodeAttribute(value);
    const selector = `[data-style="${declarations.replace(/["\\]/g, '\\$&')}"]`;
    rules.set(selector, `${selector} { ${declarations} }`);
    return ` data-style="${value}"`;
  });
  return { html: moved, css: [...rules.values()].join('\n') };
}

const hashed = (dir: string, name: string, ext: string, source: string) =>
  `${dir}/${name}-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.${ext}`;

export function firstScreen(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlas:first-screen',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('atlas:first-screen: no index.html built');
        const html = String(page.source);
        const placeholder = ROOT_PLACEHOLDER.exec(html);
        if (!placeholder?.[1]) {
          throw new Error('atlas:first-screen: index.html has no #root holding the loading line');
        }
        const written = moveStyleAttributes(await renderFirstScreen(config));
        const guard = await guardScript(config.root);
        const dir = config.build.assetsDir;
        const guardFile = hashed(dir, 'first-screen', 'js', guard);
        const cssFile = hashed(dir, 'first-screen', 'css', written.css);
        this.emitFile({ type: 'asset', fileName: guardFile, source: guard });
        this.emitFile({ type: 'asset', fileName: cssFile, source: written.css });
        page.source = html
          .replace(
            '</head>',
            `  <link rel="stylesheet" href="${config.base}${cssFile}">\n` +
              `    <script src="${config.base}${guardFile}"></script>\n  </head>`,
          )
          .replace(
            ROOT_PLACEHOLDER,
            `${placeholder[1]}\n    <div id="root" data-first-screen>${written.html}</div>`,
          );
      },
    },
  };
}
