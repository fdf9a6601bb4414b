import type { AtlasStoreApi } from './store';
import { PLAY_SPEEDS } from './stateConstants';

/** While playing, advances the year at the chosen pace; the store stops it at the end. */
export function startPlayback(store: AtlasStoreApi): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const follow = () => {
    clearInterval(timer);
    timer = undefined;
    const { playing, speed } = store.getState();
    if (playing)
      timer = setInterval(() => store.getState().actions.advancePlay(), PLAY_SPEEDS[speed]);
  };
  follow();
  const unsubscribe = store.subscribe((s, p) => {
    if (s.playing !== p.playing || s.speed !== p.speed) follow();
  });
  return () => {
    unsubscribe();
    clearInterval(timer);
  };
}
