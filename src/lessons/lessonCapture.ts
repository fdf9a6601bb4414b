/**
 * A lesson step is a view of the atlas: capturing one from the selection, showing one again.
 * The tab, the language and any story being followed are the reader's, not the step's.
 */
import type { SelectionState, StepSelection } from '../state/store';
import { DEFAULT_FRAME } from '../state/stateConstants';
import type { LessonStep, LessonText } from './lessonFormat';

/** What a step shows, without its words. */
export type StepFields = Omit<LessonStep, 'caption'>;

export type View = Pick<SelectionState, 'year' | 'country' | 'event' | 'frame' | 'org'>;

/** The step for what is on screen; optional fields are left out rather than stored empty. */
export function captureStep(view: View, caption: LessonText = {}): LessonStep {
  return {
    year: view.year,
    ...(view.country ? { country: view.country } : {}),
    ...(view.event ? { event: view.event } : {}),
    frame: view.frame,
    ...(view.org ? { org: view.org } : {}),
    caption,
  };
}

/** What showing a step sets: the year always; the rest cleared unless the step names it. */
export function stepView(step: StepFields): StepSelection {
  return {
    year: step.year,
    country: step.country ?? null,
    event: step.event ?? null,
    frame: step.frame ?? DEFAULT_FRAME,
    org: step.org ?? null,
  };
}

/** Whether the step shows exactly this view (the editor marks it "on screen"). */
export function stepShows(step: StepFields, view: View): boolean {
  const shown = stepView(step);
  return (
    shown.year === view.year &&
    shown.country === view.country &&
    shown.event === view.event &&
    shown.frame === view.frame &&
    shown.org === view.org
  );
}
