import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasStore, AtlasStoreApi } from './store';

const StoreContext = createContext<AtlasStoreApi | null>(null);

export interface StoreProviderProps {
  store: AtlasStoreApi;
  children: ReactNode;
}

export function StoreProvider({ store, children }: StoreProviderProps) {
  return <StoreContext value={store}>{children}</StoreContext>;
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
