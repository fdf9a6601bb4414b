import type { AtlasIndex } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import { useLessons } from '../lessons/LessonsContext';
import { useActions } from '../state/hooks';
import { useActiveStory } from './useActiveStory';
import { useStoryNavigation } from './useStoryNavigation';
import './stories.css';

/**
 * Enters presenter mode, full screen where allowed: the lesson open in the editor, else the
 * story or lesson being followed, else the first story.
 */
export function PresentButton({ index }: { index: AtlasIndex | undefined }) {
  const { t } = useT();
  const { stories, lessons, active } = useActiveStory(index);
  const editingId = useLessons((s) => s.editingId);
  const edited = lessons.find((l) => l.id === editingId);
  const target = edited ?? active?.story ?? stories[0];
  const navigate = useStoryNavigation(target);
  const { setPresenting } = useActions();
  const enter = () => {
    if (!active || active.story.id !== target?.id) navigate(0);
    setPresenting(true);
    // Refused in some embeds and browsers: presenter mode works without it.
    if (document.fullscreenEnabled) {
      void document.documentElement.requestFullscreen().catch(() => undefined);
    }
  };
  return (
    <button type="button" className="present-button" onClick={enter} disabled={!target}>
      {t('present.button')}
    </button>
  );
}
