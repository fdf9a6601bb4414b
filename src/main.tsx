import './data/zodJitless';
import './data/startData';
import 'virtual:palette.css';
import './theme/fonts.css';
import './theme/base.css';
import './theme/layout.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerServiceWorker } from './pwa/registerServiceWorker';
import {
  contextQuery,
  countriesQuery,
  eventsQuery,
  labelsQuery,
  shapesQuery,
  storiesQuery,
} from './data/queries';
import { ChromeContext, FULL_CHROME, type Chrome } from './embed/chrome';
import { parseEmbedOptions } from './embed/embedOptions';
import { loadMapModule } from './map/loadMapView';
import { getRenderedCountries, isMapReady, onMapReady } from './map/mapReadiness';
import { LessonsProvider } from './lessons/LessonsContext';
import { StoreProvider } from './state/StoreContext';
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
const firstScreenData = Promise.allSettled([
  queryClient.query(eventsQuery()),
  queryClient.query(countriesQuery()),
  queryClient.query(contextQuery()),
]);
queryClient.query(storiesQuery()).catch(() => undefined);
queryClient.query(shapesQuery()).catch(() => undefined);
queryClient.query(labelsQuery()).catch(() => undefined);

function renderAtlas(container: HTMLElement): void {
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StoreProvider store={store}>
          <LessonsProvider store={lessons}>
            <ChromeContext value={chrome}>
              <App />
            </ChromeContext>
          </LessonsProvider>
        </StoreProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

// Drawing the atlas's loading state and then drawing it all again once the data is in cost
// about 110 ms before the timeline could be used (npm run bench): when the data comes quickly,
// the first screen is drawn once, with it. On a slow network the loading state comes after
// FIRST_SCREEN_WAIT_MS, with the map loading meanwhile; until then the page's own placeholder
// (index.html, embed.html) says that the atlas is loading.
const FIRST_SCREEN_WAIT_MS = 1000;
void Promise.race([
  firstScreenData,
  new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS)),
]).then(() => renderAtlas(root));
