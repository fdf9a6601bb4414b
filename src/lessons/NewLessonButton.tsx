import { useT } from '../i18n/useT';
import { useLessonsActions } from './LessonsContext';

/** Starts a lesson and opens the editor on it; nothing is kept until it holds something. */
export function NewLessonButton() {
  const { t } = useT();
  const { newLesson } = useLessonsActions();
  return (
    <button type="button" onClick={() => newLesson()}>
      {t('lesson.new')}
    </button>
  );
}
