import { useEffect, useRef, useState } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import { useActions } from '../state/hooks';
import { readLessonFile } from './lessonFile';
import { LESSON_MAX_BYTES } from './lessonFormat';
import { useReceiveLesson } from './useReceiveLesson';
import './lessons.css';

const carriesFiles = (event: DragEvent): boolean =>
  event.dataTransfer?.types.includes('Files') ?? false;

const looksLikeLesson = (file: File): boolean =>
  /\.json$/i.test(file.name) || file.type === 'application/json';

/** A lesson file dropped anywhere on the atlas opens in the editor. */
export function LessonDropZone({ index }: { index: AtlasIndex }) {
  const { t } = useT();
  const { addNotice } = useActions();
  const receive = useReceiveLesson(index);
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file in place of the atlas.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (!looksLikeLesson(file)) {
        addNotice(t('lesson.dropNotLesson'));
        return;
      }
      readLessonFile(file, LESSON_MAX_BYTES)
        .then((read) => {
          if (read.tooBig) addNotice(t('lesson.notOpened', { reason: t('lesson.error.tooBig') }));
          else receive(read.text);
        })
        .catch(() => addNotice(t('lesson.notOpened', { reason: t('lesson.error.readFailed') })));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [addNotice, receive, t]);

  if (!dragging) return null;
  return (
    <div className="lesson-drop" aria-hidden="true">
      <p>{t('lesson.dropHere')}</p>
    </div>
  );
}
