import './data/zodJitless';
import './data/startData';
import 'virtual:palette.css';
import './theme/fonts.css';
import './theme/base.css';
import './theme/layout.css';
import { QueryClient } from '@tanstack/react-query';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AtlasRoot } from './AtlasRoot';
import { registerServiceWorker } from './pwa/registerServiceWorker';
import { labelsQuery, loadFirstScreenData, shapesQuery } from './data/queries';
import { FULL_CHROME, type Chrome } from './embed/chrome';
import { parseEmbedOptions } from './embed/embedOptions';
import { loadMapModule } from './map/loadMapView';
import { getRenderedCountries, isMapReady, onMapReady } from './map/mapReadiness';
import { startAtlas } from './startAtlas';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const chrome: Chrome =
  root.dataset.mode === 'embed'
    ? { mode: 'embed', embed: parseEmbedOptions(window.location.search) }
    : FULL_CHROME;

const queryClient = new QueryClient();
const { store, lessons } = startAtlas(chrome, queryClient);

/**
 * What tests and the benchmark may read, and nothing they could change: a copy of the
 * selection, and whether the map is ready and what it drew (asked of MapLibre, so no test reads
 * pixels).
 */
Object.assign(window, {
  __atlas: Object.freeze({
    snapshot: () => {
      const { year, country, event, frame, tab, lang, org, story, step, playing, presenting } =
        store.getState();
      return { year, country, event, frame, tab, lang, org, story, step, playing, presenting };
    },
    isMapReady,
    renderedCountries: getRenderedCountries,
  }),
});

// Precaching the whole atlas for offline use downloads and stores every file again: it waits
// until the map is ready (or, if the map cannot start, a while after the page has loaded) so it
// never competes with the first screen (measured by npm run bench).
let serviceWorkerStarted = false;
const startServiceWorker = () => {
  if (serviceWorkerStarted) return;
  serviceWorkerStarted = true;
  registerServiceWorker();
};
onMapReady(startServiceWorker);
window.addEventListener('load', () => setTimeout(startServiceWorker, 10_000), { once: true });

// The map is the slowest part to arrive: start its code and its shapes now, in parallel with the
// data the rest of the page needs, instead of after that data (measured by npm run bench).
loadMapModule().catch(() => undefined);
// The files started loading as this script began (data/startData.ts); reading them into the
// cache now puts the shapes in the map's first style. A failure is reported by each query.
const firstScreenData = loadFirstScreenData(queryClient).then(
  () => true,
  () => false,
);
queryClient.query(shapesQuery()).catch(() => undefined);
queryClient.query(labelsQuery()).catch(() => undefined);

/** Once the atlas has drawn itself: the page's loading line, and the written screen's marks. */
const onShown = () => {
  performance.mark('atlas:shown');
  document.querySelector('[data-page-loading]')?.remove();
  delete root.dataset.firstScreen;
};
const atlas = (
  <AtlasRoot
    queryClient={queryClient}
    store={store}
    lessons={lessons}
    chrome={chrome}
    onShown={onShown}
  />
);

function renderAtlas(container: HTMLElement): void {
  // The first screen written at build time, if the view asked for is another one (guard.ts).
  container.replaceChildren();
  createRoot(container).render(atlas);
}

/**
 * The page already shows the default view's first screen, written at build time from the same
 * files (renderFirstScreen.tsx), when the reader asked for that view (firstScreen/guard.ts).
 * React takes it over once the same files are in its cache, so its first render matches the
 * written one; the written screen stays on show meanwhile, however slow the network. If a file
 * cannot be loaded, the atlas is drawn afresh and says which.
 */
/**
 * The written screen's styles wait in `data-style` (the CSP refuses style attributes in a page,
 * scripts/firstScreen.ts); React takes the elements over as having them, so they are set first.
 */
function restoreWrittenStyles(container: HTMLElement): void {
  for (const element of container.querySelectorAll<HTMLElement>('[data-style]')) {
    element.style.cssText = element.dataset.style ?? '';
    delete element.dataset.style;
  }
}

const FIRST_SCREEN_WRITTEN =
  root.dataset.firstScreen !== undefined &&
  document.documentElement.dataset.firstScreen === 'shown';

// Drawing the atlas's loading state and then drawing it all again once the data is in cost
// about 110 ms before the timeline could be used (npm run bench): when the data comes quickly,
// the first screen is drawn once, with it. On a slow network the loading state comes after
// FIRST_SCREEN_WAIT_MS, with the map loading meanwhile; until then the page's own placeholder
// (index.html, embed.html) says that the atlas is loading.
const FIRST_SCREEN_WAIT_MS = 1000;
if (FIRST_SCREEN_WRITTEN) {
  void firstScreenData.then((loaded) => {
    if (!loaded) return renderAtlas(root);
    restoreWrittenStyles(root);
    hydrateRoot(root, atlas, {
      // Files other than the ones the screen was written from (a host that changed the data
      // without building again) make React draw the atlas afresh, which is the right outcome:
      // said in the console, not raised as the page's error.
      onRecoverableError: (error) => console.warn('The atlas was drawn afresh:', error),
    });
  });
} else {
  void Promise.race([
    firstScreenData,
    new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS)),
  ]).then(() => renderAtlas(root));
}
