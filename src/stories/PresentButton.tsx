import { useT } from '../i18n/useT';
import { useActions } from '../state/hooks';
import { useActiveStory } from './useActiveStory';
import { useStoryNavigation } from './useStoryNavigation';
import './stories.css';

/** Enters presenter mode: full screen where allowed, the current story or the first one. */
export function PresentButton() {
  const { t } = useT();
  const { stories, active } = useActiveStory();
  const first = stories[0];
  const navigate = useStoryNavigation(active?.story ?? first);
  const { setPresenting } = useActions();
  const enter = () => {
    if (!active) navigate(0);
    setPresenting(true);
    // Refused in some embeds and browsers: presenter mode works without it.
    if (document.fullscreenEnabled) {
      void document.documentElement.requestFullscreen().catch(() => undefined);
    }
  };
  return (
    <button type="button" className="present-button" onClick={enter} disabled={!first}>
      {t('present.button')}
    </button>
  );
}
