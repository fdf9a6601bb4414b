/**
 * Presenter mode: the story's step in classroom type (year, caption, sources), driven by a
 * clicker (PageUp/PageDown), the keyboard or the on-screen buttons. B blanks the screen and any
 * key brings it back; Escape leaves.
 */
import type { AtlasIndex } from '../data/atlasIndex';
import { useEffect, useRef, useState } from 'react';
import { FIRST_YEAR, LAST_YEAR } from '../data/schemas';
import { useT } from '../i18n/useT';
import { useActions, useSelectedYear } from '../state/hooks';
import { SourceList } from '../ui/SourceList';
import { storyKeyAction } from './storyModel';
import { useActiveStory } from './useActiveStory';
import { useStoryNavigation } from './useStoryNavigation';
import './stories.css';

const PACES = [5, 10, 20, 30] as const;

function keepsOwnKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.matches('select, input, textarea')) return true;
  return target.matches('button, a, [role="button"]') && (key === ' ' || key === 'Enter');
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

export function PresenterPanel({ index }: { index: AtlasIndex | undefined }) {
  const { t, l } = useT();
  const year = useSelectedYear();
  const { active } = useActiveStory(index);
  const navigate = useStoryNavigation(active?.story);
  const { setPresenting } = useActions();
  const [blanked, setBlanked] = useState(false);
  const [autoplay, setAutoplay] = useState(false);
  const [pace, setPace] = useState<number>(10);
  const wasFullscreen = useRef(false);

  // Keys are caught before anything else on the page, as presentation software does.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (blanked) {
        event.preventDefault();
        event.stopPropagation();
        setBlanked(false);
        return;
      }
      setAutoplay(false);
      if (event.altKey || event.ctrlKey || event.metaKey || keepsOwnKey(event.target, event.key))
        return;
      const action = storyKeyAction(event.key, true);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      if (action === 'exit') {
        exitFullscreen();
        setPresenting(false);
      } else if (action === 'blank') setBlanked(true);
      else navigate(action);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [blanked, navigate, setPresenting]);

  // Leaving full screen (the browser's own Escape) leaves presenter mode too.
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement) wasFullscreen.current = true;
      else if (wasFullscreen.current) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [setPresenting]);

  useEffect(() => {
    if (!autoplay || !active) return;
    if (active.step >= active.count - 1) {
      setAutoplay(false);
      return;
    }
    const timer = window.setTimeout(() => navigate('next'), pace * 1000);
    return () => window.clearTimeout(timer);
  }, [autoplay, pace, active, navigate]);

  if (!active) return null;
  const { story, step, current, count } = active;
  return (
    <section className="presenter" role="region" aria-label={t('present.region')}>
      <header className="presenter-head">
        <p className="presenter-story">{l(story.title)}</p>
        <p className="presenter-progress" aria-live="polite">
          {t('story.stepOf', { step: step + 1, count })}
        </p>
      </header>
      {/* The timeline is hidden here, so the big year is the Year slider; the story keys move it. */}
      <p
        className="presenter-year"
        role="slider"
        tabIndex={0}
        aria-label={t('year.label')}
        aria-valuemin={FIRST_YEAR}
        aria-valuemax={LAST_YEAR}
        aria-valuenow={year}
        aria-valuetext={t('year.valueText', { year })}
      >
        {year}
      </p>
      <p className="presenter-caption" aria-live="polite">
        {l(current.caption)}
      </p>
      {current.sources.length > 0 && (
        <details className="presenter-sources">
          <summary>{t('present.sources')}</summary>
          <SourceList sources={current.sources} />
        </details>
      )}
      <div className="presenter-nav">
        <button type="button" onClick={() => navigate('previous')} disabled={step === 0}>
          {t('story.previous')}
        </button>
        <button type="button" onClick={() => navigate('next')} disabled={step >= count - 1}>
          {t('story.next')}
        </button>
      </div>
      <div className="presenter-options">
        <label>
          <input
            type="checkbox"
            checked={autoplay}
            onChange={(e) => setAutoplay(e.target.checked)}
          />{' '}
          {t('present.autoplay')}
        </label>
        <label>
          {t('present.pace')}{' '}
          <select value={pace} onChange={(e) => setPace(Number(e.target.value))}>
            {PACES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            exitFullscreen();
            setPresenting(false);
          }}
        >
          {t('present.exit')}
        </button>
      </div>
      <p className="presenter-keys">{t('present.keys')}</p>
      {blanked && (
        <div className="presenter-blank" role="status">
          <span className="visually-hidden">{t('present.blanked')}</span>
        </div>
      )}
    </section>
  );
}
