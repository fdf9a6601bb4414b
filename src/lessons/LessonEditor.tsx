/**
 * The Lesson editor beside the atlas: a title, the steps (each a captured view with its
 * caption), and the ways to keep, open and share the lesson. Every change is kept in the
 * browser at once (lessonsPersistence.ts) and announced politely; focus follows the step moved.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AtlasIndex } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import { useAtlasShallow, useStoreApi } from '../state/StoreContext';
import { captureStep, stepShows, stepView } from './lessonCapture';
import { TITLE_MAX_LENGTH } from './lessonFormat';
import { LessonFileActions } from './LessonFileActions';
import { LessonLibrary } from './LessonLibrary';
import { useEditedLesson, useLessons, useLessonsActions } from './LessonsContext';
import { LessonStepItem } from './LessonStepItem';
import { viewSummary } from './viewSummary';
import './lessons.css';

export interface LessonEditorProps {
  index: AtlasIndex;
}

/** Where focus goes after the list changes: a step's caption or button, or Undo. */
type FocusTarget = { step: number; part: 'caption' | 'up' | 'down' | 'show' } | 'undo' | null;

export function LessonEditor({ index }: LessonEditorProps) {
  const translator = useT();
  const { t, lang } = translator;
  const atlas = useStoreApi();
  const lesson = useEditedLesson();
  const canUndo = useLessons((s) => s.removed.some((r) => r.lessonId === s.editingId));
  const actions = useLessonsActions();
  const view = useAtlasShallow((s) => ({
    year: s.year,
    country: s.country,
    event: s.event,
    frame: s.frame,
    org: s.org,
  }));
  const titleId = useId();
  const headingId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  // A new lesson starts at its title; an opened one keeps focus where the reader was.
  const isNew = lesson ? lesson.steps.length === 0 && !lesson.title[lang] : false;
  const lessonId = lesson?.id;
  useEffect(() => {
    if (isNew) titleRef.current?.focus();
    // Only when another lesson is opened, not on each edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lessonId]);

  useEffect(() => {
    if (focusTarget === null) return;
    if (focusTarget === 'undo') undoRef.current?.focus();
    else {
      const item = listRef.current?.children[focusTarget.step];
      const selector = {
        caption: 'textarea',
        up: '.lesson-step-actions button:nth-child(1)',
        down: '.lesson-step-actions button:nth-child(2)',
        show: '.lesson-step-show',
      }[focusTarget.part];
      const target = item?.querySelector<HTMLElement>(selector);
      // A move to the first or last place disables the button just used: the other one takes focus.
      if (target instanceof HTMLButtonElement && target.disabled) {
        item
          ?.querySelector<HTMLElement>(
            focusTarget.part === 'up'
              ? '.lesson-step-actions button:nth-child(2)'
              : '.lesson-step-actions button:nth-child(1)',
          )
          ?.focus();
      } else target?.focus();
    }
    setFocusTarget(null);
  }, [focusTarget]);

  // The editor follows the view (a step "on screen") through Play's year changes: the steps'
  // descriptions are written again only when the steps or the language change.
  const steps = lesson?.steps;
  const summaries = useMemo(
    () => steps?.map((step) => viewSummary(index, step, translator)) ?? [],
    [steps, index, translator],
  );

  if (!lesson || !steps) return null;
  const summaryOf = (step: Parameters<typeof stepView>[0]) => viewSummary(index, step, translator);

  const addView = () => {
    const step = captureStep(atlas.getState());
    const at = actions.addStep(step);
    setAnnouncement(t('lesson.stepAdded', { step: at + 1, summary: summaryOf(step) }));
    setFocusTarget({ step: at, part: 'caption' });
  };

  return (
    <section className="lesson-editor" role="region" aria-labelledby={headingId}>
      <div className="lesson-editor-head">
        <h2 id={headingId}>{t('lesson.editor')}</h2>
        <button type="button" className="button-small" onClick={actions.closeEditor}>
          {t('lesson.close')}
        </button>
      </div>
      <label htmlFor={titleId} className="lesson-title-label">
        {t('lesson.title')}
      </label>
      <input
        id={titleId}
        ref={titleRef}
        className="lesson-title"
        type="text"
        maxLength={TITLE_MAX_LENGTH}
        value={lesson.title[lang] ?? ''}
        placeholder={lesson.title[lang === 'en' ? 'fr' : 'en'] ?? ''}
        onChange={(e) => actions.setTitle(lang, e.target.value)}
      />
      <p className="note">{t('lesson.languageHint', { language: t(`lesson.language.${lang}`) })}</p>
      <div className="lesson-add">
        <button type="button" onClick={addView}>
          {t('lesson.addView')}
        </button>
        <span className="note">{summaryOf(captureStep(view))}</span>
      </div>
      {steps.length === 0 ? (
        <p className="note">{t('lesson.empty')}</p>
      ) : (
        <ol className="lesson-steps" aria-label={t('lesson.steps')} ref={listRef}>
          {steps.map((step, i) => (
            <LessonStepItem
              // Steps have no id of their own: position and content name them.
              key={`${String(i)}-${String(steps.length)}`}
              step={step}
              index={i}
              count={steps.length}
              summary={summaries[i] ?? summaryOf(step)}
              onScreen={stepShows(step, view)}
              onShow={() => {
                atlas.getState().actions.applySelection(stepView(step));
                setAnnouncement(t('lesson.stepShown', { step: i + 1, summary: summaryOf(step) }));
              }}
              onCaption={(text) => actions.setCaption(i, lang, text)}
              onMove={(delta) => {
                const to = actions.moveStep(i, delta);
                setAnnouncement(t('lesson.stepMoved', { step: to + 1 }));
                setFocusTarget({ step: to, part: delta < 0 ? 'up' : 'down' });
              }}
              onUpdate={() => {
                const captured = captureStep(atlas.getState());
                actions.replaceView(i, captured);
                setAnnouncement(
                  t('lesson.stepUpdated', { step: i + 1, summary: summaryOf(captured) }),
                );
              }}
              onRemove={() => {
                actions.removeStep(i);
                setAnnouncement(t('lesson.stepRemoved', { step: i + 1 }));
                setFocusTarget('undo');
              }}
            />
          ))}
        </ol>
      )}
      <div className="lesson-undo">
        {canUndo && (
          <button
            type="button"
            className="button-small"
            ref={undoRef}
            onClick={() => {
              const at = actions.undoRemove();
              if (at === null) return;
              setAnnouncement(t('lesson.stepRestored', { step: at + 1 }));
              setFocusTarget({ step: at, part: 'show' });
            }}
          >
            {t('lesson.undo')}
          </button>
        )}
        <p className="lesson-status" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
      <LessonFileActions index={index} lesson={lesson} />
      <LessonLibrary />
    </section>
  );
}
