/**
 * The first screen of the default view (the atlas in English, in its last year, nothing
 * selected) as HTML, written into index.html at build time (vite.config.ts, atlas:first-screen).
 * The page shows it before any script has run; main.tsx then hydrates it with the same tree, the
 * same data and the same store. It loads exactly the files main.tsx waits for before it hydrates,
 * so both sides render from the same cache.
 */
import { QueryClient } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { AtlasRoot } from './AtlasRoot';
import { loadFirstScreenData } from './data/queries';
import { FULL_CHROME } from './embed/chrome';
import { createLessonsStore } from './lessons/lessonsStore';
import { createAppStore } from './state/store';

export async function renderFirstScreen(): Promise<string> {
  const queryClient = new QueryClient();
  await loadFirstScreenData(queryClient);
  const store = createAppStore({ lang: 'en', yearLocked: false });
  const lessons = createLessonsStore();
  const { prelude } = await prerender(
    <AtlasRoot queryClient={queryClient} store={store} lessons={lessons} chrome={FULL_CHROME} />,
  );
  return new Response(prelude).text();
}
