import { useEffect } from 'react';
import { usePlaying, usePlaySpeed } from '../state/hooks';
import { useStoreApi } from '../state/StoreContext';
import { PLAY_SPEEDS } from '../state/stateConstants';

/** While playing, advances the year at the chosen pace; the store stops it at the end. */
export function usePlayback(): void {
  const store = useStoreApi();
  const playing = usePlaying();
  const speed = usePlaySpeed();
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(
      () => store.getState().actions.advancePlay(),
      PLAY_SPEEDS[speed],
    );
    return () => window.clearInterval(timer);
  }, [playing, speed, store]);
}
