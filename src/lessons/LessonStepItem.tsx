import { useId, type Ref } from 'react';
import { useT } from '../i18n/useT';
import type { LessonStep } from './lessonFormat';

export interface LessonStepItemProps {
  step: LessonStep;
  index: number;
  count: number;
  summary: string;
  onScreen: boolean;
  captionRef?: Ref<HTMLTextAreaElement>;
  onShow: () => void;
  onCaption: (text: string) => void;
  onMove: (delta: -1 | 1) => void;
  onUpdate: () => void;
  onRemove: () => void;
}

/** One step: what it shows (a button that shows it), its caption, and its moves. */
export function LessonStepItem({
  step,
  index,
  count,
  summary,
  onScreen,
  captionRef,
  onShow,
  onCaption,
  onMove,
  onUpdate,
  onRemove,
}: LessonStepItemProps) {
  const { t, lang } = useT();
  const captionId = useId();
  const other = lang === 'en' ? 'fr' : 'en';
  const otherText = step.caption[other]?.trim();
  const label = t('lesson.step', { step: index + 1 });
  return (
    <li className={onScreen ? 'lesson-step on-screen' : 'lesson-step'}>
      <div className="lesson-step-body" role="group" aria-label={label}>
        <button
          type="button"
          className="lesson-step-show"
          aria-label={t('lesson.showStep', { step: index + 1, summary })}
          aria-current={onScreen ? 'step' : undefined}
          onClick={onShow}
        >
          <span className="lesson-step-number">{label}</span>
          <span className="lesson-step-summary">{summary}</span>
          {onScreen && <span className="lesson-step-badge">{t('lesson.onScreen')}</span>}
        </button>
        <label htmlFor={captionId} className="lesson-caption-label">
          {t('lesson.caption')}
        </label>
        <textarea
          id={captionId}
          ref={captionRef}
          className="lesson-caption"
          rows={3}
          maxLength={2000}
          value={step.caption[lang] ?? ''}
          onChange={(e) => onCaption(e.target.value)}
        />
        {otherText && (
          <p className="note lesson-caption-other" lang={other}>
            {t('lesson.captionOther', { language: t(`lesson.language.${other}`), text: otherText })}
          </p>
        )}
        <div className="lesson-step-actions">
          <button
            type="button"
            className="button-small"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            {t('lesson.moveUp')}
          </button>
          <button
            type="button"
            className="button-small"
            disabled={index >= count - 1}
            onClick={() => onMove(1)}
          >
            {t('lesson.moveDown')}
          </button>
          <button type="button" className="button-small" onClick={onUpdate}>
            {t('lesson.update')}
          </button>
          <button type="button" className="button-small" onClick={onRemove}>
            {t('lesson.remove')}
          </button>
        </div>
      </div>
    </li>
  );
}
