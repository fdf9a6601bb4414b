import type { AtlasIndex } from '../data/atlasIndex';
import { useEffect } from 'react';
import { useT } from '../i18n/useT';
import { useLessons, useLessonsActions } from '../lessons/LessonsContext';
import { useActions } from '../state/hooks';
import { storyKeyAction } from './storyModel';
import { useActiveStory } from './useActiveStory';
import { useStoryNavigation } from './useStoryNavigation';
import './stories.css';

/** The guided tour beside the atlas: the step's caption with Previous / Next. */
export function StoryBar({ index }: { index: AtlasIndex | undefined }) {
  const { t, l } = useT();
  const { active } = useActiveStory(index);
  const navigate = useStoryNavigation(active?.story);
  const { closeStory } = useActions();
  const { edit } = useLessonsActions();
  const editing = useLessons((s) => s.editingId !== null && s.editingId === active?.story.id);

  // A clicker's PageUp/PageDown move the tour unless a control (the Year slider) used them.
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = storyKeyAction(event.key, false);
      if (action !== 'next' && action !== 'previous') return;
      event.preventDefault();
      navigate(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, navigate]);

  if (!active) return null;
  const { story, step, current, count } = active;
  return (
    <section className="story-bar" role="region" aria-label={t('story.region')}>
      <div className="story-bar-head">
        <strong>{l(story.title)}</strong>
        <span aria-live="polite">{t('story.stepOf', { step: step + 1, count })}</span>
      </div>
      <p className="story-caption" aria-live="polite">
        {l(current.caption)}
      </p>
      <div className="story-bar-nav">
        <button
          type="button"
          className="button-small"
          onClick={() => navigate('previous')}
          disabled={step === 0}
        >
          {t('story.previous')}
        </button>
        <button
          type="button"
          className="button-small"
          onClick={() => navigate('next')}
          disabled={step >= count - 1}
        >
          {t('story.next')}
        </button>
        <button type="button" className="button-small" onClick={closeStory}>
          {t('story.close')}
        </button>
        {story.kind === 'lesson' && !editing && (
          <button type="button" className="button-small" onClick={() => edit(story.id)}>
            {t('lesson.editThis')}
          </button>
        )}
        <span className="hint">{t('story.keysHint')}</span>
      </div>
    </section>
  );
}
