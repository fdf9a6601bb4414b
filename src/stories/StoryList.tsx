import { useQuery } from '@tanstack/react-query';
import { storiesQuery } from '../data/queries';
import type { Story } from '../data/schemas';
import { useT } from '../i18n/useT';
import { useLessonsActions } from '../lessons/LessonsContext';
import { newLessonId } from '../lessons/lessonIds';
import { storyAsLesson, storyAsTour } from '../lessons/tour';
import { useActions } from '../state/hooks';
import { useStoryNavigation } from './useStoryNavigation';

function StoryStart({ story }: { story: Story }) {
  const { t, l } = useT();
  const navigate = useStoryNavigation(storyAsTour(story));
  const lessons = useLessonsActions();
  const { addNotice } = useActions();
  const adapt = () => {
    const { id } = lessons.importLesson(storyAsLesson(story, newLessonId()));
    lessons.edit(id);
    addNotice(t('lesson.adapted', { title: l(story.title) }));
  };
  return (
    <li>
      <button type="button" className="link-button" onClick={() => navigate(0)}>
        {t('story.start', { title: l(story.title) })}
      </button>
      <p className="note">{l(story.description)}</p>
      <button type="button" className="button-small" onClick={adapt}>
        {t('lesson.adapt', { title: l(story.title) })}
      </button>
    </li>
  );
}

/** The stories a reader can follow as a guided tour, or adapt as a lesson of their own. */
export function StoryList() {
  const { t } = useT();
  const stories = useQuery(storiesQuery()).data?.stories ?? [];
  if (stories.length === 0) return null;
  return (
    <section className="story-list">
      <h3>{t('story.heading')}</h3>
      <ul className="event-list">
        {stories.map((story) => (
          <StoryStart key={story.id} story={story} />
        ))}
      </ul>
    </section>
  );
}
