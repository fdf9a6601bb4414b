import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStoreApi } from './StoreContext';
import { followYear } from './yearFollower';

const PanelYearContext = createContext<number | null>(null);

/** Holds the year the side panels show: the selected year, one frame late (see yearFollower). */
export function PanelYearProvider({ children }: { children: ReactNode }) {
  const store = useStoreApi();
  const [year, setYear] = useState(() => store.getState().year);
  useEffect(() => {
    // A change between the first render and this effect would otherwise wait for the next one.
    setYear(store.getState().year);
    return followYear(store, setYear);
  }, [store]);
  return <PanelYearContext value={year}>{children}</PanelYearContext>;
}

/** The year for what sits beside the map and the timeline: Details, the Country list, the legend. */
export function usePanelYear(): number {
  const year = useContext(PanelYearContext);
  if (year === null) throw new Error('usePanelYear must be used inside <PanelYearProvider>');
  return year;
}
