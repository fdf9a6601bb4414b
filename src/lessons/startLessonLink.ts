/**
 * A lesson link (`#lesson=…`) opened in any copy of the atlas: once the data is in, the lesson
 * is read and checked, kept among the reader's lessons (not in an embed, where it is the host's
 * story, not the reader's), and followed from its first step. The fragment then leaves the
 * address, so a reload does not bring the lesson in again.
 */
import type { AtlasIndex } from '../data/atlasIndex';
import { translate } from '../i18n/translate';
import type { AtlasStoreApi } from '../state/store';
import { replaceNextUrlWrite } from '../state/urlSync';
import { stepView } from './lessonCapture';
import { decodeLessonFragment, isLessonFragment } from './lessonLink';
import { displayTitle } from './lessonText';
import type { LessonsStoreApi } from './lessonsStore';
import { knownIdsOf } from './knownIds';
import { receiveLesson } from './receiveLesson';

export type WatchIndex = (listener: (index: AtlasIndex) => void) => () => void;

export function startLessonLink(
  store: AtlasStoreApi,
  lessons: LessonsStoreApi,
  watchIndex: WatchIndex,
  { embed }: { embed: boolean },
): void {
  const hash = window.location.hash;
  if (!isLessonFragment(hash)) return;
  const decoding = decodeLessonFragment(hash);
  let done = false;
  const stop = watchIndex((index) => {
    if (done) return;
    done = true;
    // Stopped on the next task: the listener may run while watchIndex is still returning.
    setTimeout(() => stop(), 0);
    void decoding.then((decoded) => {
      const { lang, actions } = store.getState();
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${window.location.search}`,
      );
      if (!decoded.ok) {
        actions.addNotice(
          translate(lang, 'lesson.notOpened', {
            reason: translate(lang, `lesson.error.link.${decoded.reason}`),
          }),
        );
        return;
      }
      const received = receiveLesson(decoded.text, lessons, knownIdsOf(index), lang);
      if (!received.ok) {
        actions.addNotice(received.message);
        return;
      }
      const { lesson, outcome, messages } = received;
      const first = lesson.steps[0];
      if (first) {
        replaceNextUrlWrite();
        actions.goToStep(lesson.id, 0, stepView(first));
      }
      // In an embed the lesson is the article's own: it opens without a word.
      if (!embed) {
        const title = displayTitle(lang, lesson.title, translate(lang, 'lesson.untitled'));
        const key = outcome === 'existing' ? 'lesson.alreadyKept' : 'lesson.openedFromLink';
        actions.addNotice(translate(lang, key, { title }));
      }
      for (const message of messages) actions.addNotice(message);
    });
  });
}
