import { useT } from '../i18n/useT';
import { useActiveStory } from './useActiveStory';
import { useStoryNavigation } from './useStoryNavigation';
import type { Story } from '../data/schemas';

function StoryStart({ story }: { story: Story }) {
  const { t, l } = useT();
  const navigate = useStoryNavigation(story);
  return (
    <li>
      <button type="button" className="link-button" onClick={() => navigate(0)}>
        {t('story.start', { title: l(story.title) })}
      </button>
      <p className="note">{l(story.description)}</p>
    </li>
  );
}

/** The stories a reader can follow as a guided tour. */
export function StoryList() {
  const { t } = useT();
  const { stories } = useActiveStory();
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
