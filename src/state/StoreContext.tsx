import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { LanguageContext } from '../i18n/useT';
import type { AtlasStore, AtlasStoreApi } from './store';

const StoreContext = createContext<AtlasStoreApi | null>(null);

export interface StoreProviderProps {
  store: AtlasStoreApi;
  children: ReactNode;
}

/** Gives the tree the store, and the store's language to every translated text. */
export function StoreProvider({ store, children }: StoreProviderProps) {
  return (
    <StoreContext value={store}>
      <LanguageFromStore>{children}</LanguageFromStore>
    </StoreContext>
  );
}

function LanguageFromStore({ children }: { children: ReactNode }) {
  const lang = useAtlas((s) => s.lang);
  return <LanguageContext value={lang}>{children}</LanguageContext>;
}

export function useStoreApi(): AtlasStoreApi {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi must be used inside <StoreProvider>');
  return store;
}

/** Reads one slice of the store; re-renders only when that slice changes. */
export function useAtlas<T>(selector: (state: AtlasStore) => T): T {
  return useStore(useStoreApi(), selector);
}

/** Reads several values at once, compared shallowly. */
export function useAtlasShallow<T>(selector: (state: AtlasStore) => T): T {
  return useStore(useStoreApi(), useShallow(selector));
}
