import { useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { useActions } from '../state/hooks';
import type { Lesson } from './lessonFormat';
import { useLessons, useLessonsActions } from './LessonsContext';
import { isWorthKeeping } from './lessonsStore';
import { displayTitle } from './lessonText';

/** The lessons kept in this browser: open, duplicate, delete (after asking). */
export function LessonLibrary() {
  const { t, tp, lang } = useT();
  const lessons = useLessons((s) => s.lessons);
  const editingId = useLessons((s) => s.editingId);
  const actions = useLessonsActions();
  const { addNotice } = useActions();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [toDelete, setToDelete] = useState<Lesson | null>(null);
  const titleOf = (lesson: Lesson) => displayTitle(lang, lesson.title, t('lesson.untitled'));
  const shown = lessons.filter((l) => isWorthKeeping(l));

  return (
    <section className="lesson-library">
      <h3 id="lesson-library-heading">{t('lesson.library')}</h3>
      {shown.length === 0 ? (
        <p className="note">{t('lesson.libraryEmpty')}</p>
      ) : (
        <ul className="lesson-library-list" aria-labelledby="lesson-library-heading">
          {shown.map((lesson) => {
            const title = titleOf(lesson);
            const editing = lesson.id === editingId;
            return (
              <li key={lesson.id}>
                <span className="lesson-library-title">{title}</span>{' '}
                <span className="note">
                  {tp('lesson.stepCount', lesson.steps.length)}
                  {editing && ` · ${t('lesson.editing')}`}
                </span>
                <span className="lesson-library-actions">
                  {!editing && (
                    <button
                      type="button"
                      className="button-small"
                      aria-label={t('lesson.openKept', { title })}
                      onClick={() => actions.edit(lesson.id)}
                    >
                      {t('lesson.openShort')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button-small"
                    aria-label={t('lesson.duplicate', { title })}
                    onClick={() => {
                      const id = actions.duplicate(lesson.id, (old) =>
                        t('lesson.copyOf', { title: old }),
                      );
                      if (id)
                        addNotice(t('lesson.duplicated', { title: t('lesson.copyOf', { title }) }));
                    }}
                  >
                    {t('lesson.duplicateShort')}
                  </button>
                  <button
                    type="button"
                    className="button-small"
                    aria-label={t('lesson.delete', { title })}
                    onClick={() => {
                      setToDelete(lesson);
                      dialogRef.current?.showModal();
                    }}
                  >
                    {t('lesson.deleteShort')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <dialog
        ref={dialogRef}
        className="dialog lesson-delete-dialog"
        aria-labelledby="lesson-delete-title"
        onClose={() => setToDelete(null)}
      >
        {toDelete && (
          <div className="dialog-body">
            <h2 id="lesson-delete-title">{t('lesson.deleteQuestion')}</h2>
            <p>{t('lesson.deleteConfirm', { title: titleOf(toDelete) })}</p>
            <div className="lesson-delete-buttons">
              <button
                type="button"
                onClick={() => {
                  const title = titleOf(toDelete);
                  actions.deleteLesson(toDelete.id);
                  dialogRef.current?.close();
                  addNotice(t('lesson.deleted', { title }));
                }}
              >
                {t('lesson.deleteYes')}
              </button>
              <button type="button" autoFocus onClick={() => dialogRef.current?.close()}>
                {t('lesson.deleteNo')}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </section>
  );
}
