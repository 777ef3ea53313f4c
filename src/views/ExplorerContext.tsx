import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Explorer } from '../store/types';

const ExplorerContext = createContext<StoreApi<Explorer> | null>(null);

/** Provides one explorer store to the views below it (one store per mounted instance). */
export function ExplorerProvider({
  store,
  children,
}: {
  store: StoreApi<Explorer>;
  children: ReactNode;
}) {
  return <ExplorerContext.Provider value={store}>{children}</ExplorerContext.Provider>;
}

/** Selects a value already in the store (never build arrays in a selector). */
export function useExplorer<T>(selector: (state: Explorer) => T): T {
  const store = useContext(ExplorerContext);
  if (!store) throw new Error('useExplorer must be used inside an ExplorerProvider');
  return useStore(store, selector);
}

/** The store itself, for actions and imperative reads (e.g. in event handlers). */
export function useExplorerStore(): StoreApi<Explorer> {
  const store = useContext(ExplorerContext);
  if (!store) throw new Error('useExplorerStore must be used inside an ExplorerProvider');
  return store;
}
