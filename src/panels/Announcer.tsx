import { useEffect, useState } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import { useStoreApi } from '../state/StoreContext';
import { announcement } from './announcement';

/** Pause before speaking, so a burst of changes (keys held down) is read once. */
const SETTLE_MS = 700;

export interface AnnouncerProps {
  index: AtlasIndex;
}

/**
 * A polite live region that says what changed, briefly, once things settle. During Play it stays
 * quiet and speaks when Play stops.
 */
export function Announcer({ index }: AnnouncerProps) {
  const store = useStoreApi();
  const [text, setText] = useState('');
  useEffect(() => {
    let timer = 0;
    const unsubscribe = store.subscribe((s, p) => {
      const changed =
        s.year !== p.year || s.country !== p.country || s.event !== p.event || s.lang !== p.lang;
      const stopped = p.playing && !s.playing;
      if ((!changed && !stopped) || s.playing) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setText(announcement(index, store.getState())), SETTLE_MS);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [index, store]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </p>
  );
}
