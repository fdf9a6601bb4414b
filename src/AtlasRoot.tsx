/**
 * The atlas's tree with everything it reads from outside React: the data cache, the store, the
 * lessons and the page's chrome. The page (main.tsx) and the first screen written at build time
 * (renderFirstScreen.tsx) render the same tree, so the page can take over the written one.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { App } from './App';
import { ChromeContext, type Chrome } from './embed/chrome';
import { LessonsProvider } from './lessons/LessonsContext';
import type { LessonsStoreApi } from './lessons/lessonsStore';
import { StoreProvider } from './state/StoreContext';
import type { AtlasStoreApi } from './state/store';

export interface AtlasRootProps {
  queryClient: QueryClient;
  store: AtlasStoreApi;
  lessons: LessonsStoreApi;
  chrome: Chrome;
  /** Called once the tree has been committed to the page (after hydration, when hydrating). */
  onShown?: () => void;
}

function Shown({ onShown }: { onShown: () => void }) {
  useEffect(onShown, [onShown]);
  return null;
}

export function AtlasRoot({ queryClient, store, lessons, chrome, onShown }: AtlasRootProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StoreProvider store={store}>
          <LessonsProvider store={lessons}>
            <ChromeContext value={chrome}>
              <App />
              {onShown && <Shown onShown={onShown} />}
            </ChromeContext>
          </LessonsProvider>
        </StoreProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
