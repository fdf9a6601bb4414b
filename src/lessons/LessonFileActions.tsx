import { useId, useRef, useState } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import { useActions } from '../state/hooks';
import { downloadLesson, readLessonFile } from './lessonFile';
import { LESSON_MAX_BYTES, type Lesson } from './lessonFormat';
import { LESSON_LINK_MAX_LENGTH } from './lessonLink';
import { displayTitle } from './lessonText';
import { buildLessonLink, useLessonLink } from './useLessonLink';
import { useReceiveLesson } from './useReceiveLesson';

export interface LessonFileActionsProps {
  index: AtlasIndex;
  lesson: Lesson;
}

/** Keeping and moving the lesson: a file to save or open, and a link that carries it whole. */
export function LessonFileActions({ index, lesson }: LessonFileActionsProps) {
  const { t, lang } = useT();
  const { addNotice } = useActions();
  const receive = useReceiveLesson(index);
  const linkId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const linkState = useLessonLink(lesson);
  const [copyStatus, setCopyStatus] = useState('');
  const title = displayTitle(lang, lesson.title, t('lesson.untitled'));

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const read = await readLessonFile(file, LESSON_MAX_BYTES);
      if (read.tooBig) {
        addNotice(t('lesson.notOpened', { reason: t('lesson.error.tooBig') }));
        return;
      }
      receive(read.text);
    } catch {
      addNotice(t('lesson.notOpened', { reason: t('lesson.error.readFailed') }));
    }
  };

  const copyLink = async () => {
    // Encoded now, so the link holds the last keystroke.
    const built = await buildLessonLink(lesson);
    if (built.kind !== 'ready') return;
    try {
      await navigator.clipboard.writeText(built.link);
      setCopyStatus(t('lesson.linkCopied'));
    } catch {
      linkRef.current?.select();
      setCopyStatus(t('lesson.linkCopyFailed'));
    }
  };

  return (
    <div className="lesson-files">
      <div className="lesson-file-buttons">
        <button
          type="button"
          className="button-small"
          disabled={lesson.steps.length === 0}
          onClick={() => downloadLesson(lesson, title)}
        >
          {t('lesson.save')}
        </button>
        <button type="button" className="button-small" onClick={() => fileRef.current?.click()}>
          {t('lesson.open')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          hidden
          aria-hidden="true"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Emptied, so choosing the same file again still opens it.
            e.target.value = '';
            void openFile(file);
          }}
        />
        <button
          type="button"
          className="button-small"
          disabled={lesson.steps.length === 0}
          onClick={() => void copyLink()}
        >
          {t('lesson.copyLink')}
        </button>
      </div>
      {lesson.steps.length > 0 &&
        (linkState.kind === 'tooLong' ? (
          <p className="note" role="status">
            {t('lesson.linkTooLong', { length: linkState.length, max: LESSON_LINK_MAX_LENGTH })}
          </p>
        ) : (
          <div className="lesson-link">
            <label htmlFor={linkId}>{t('lesson.link')}</label>
            <input
              id={linkId}
              ref={linkRef}
              type="text"
              readOnly
              value={linkState.kind === 'ready' ? linkState.link : ''}
              onFocus={(e) => e.target.select()}
            />
            <p className="note">{t('lesson.linkHint')}</p>
          </div>
        ))}
      <p className="note" role="status" aria-live="polite">
        {copyStatus}
      </p>
    </div>
  );
}
