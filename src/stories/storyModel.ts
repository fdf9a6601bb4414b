/**
 * The logic of guided stories, free of React: which step a key leads to, and what a step sets
 * in the atlas. Steps are 0-based here and 1-based for people ("Step 3 of 20", ?step=3).
 */

export type StoryKeyAction = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'exit';

/** What presentation software does with a clicker and a keyboard. */
export function storyKeyAction(key: string, presenting: boolean): StoryKeyAction | null {
  switch (key) {
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'previous';
    case 'ArrowRight':
    case ' ':
      return presenting ? 'next' : null;
    case 'ArrowLeft':
      return presenting ? 'previous' : null;
    case 'Home':
      return presenting ? 'first' : null;
    case 'End':
      return presenting ? 'last' : null;
    case 'b':
    case 'B':
      return presenting ? 'blank' : null;
    case 'Escape':
      return presenting ? 'exit' : null;
    default:
      return null;
  }
}

export function clampStep(step: number, count: number): number {
  if (count <= 0 || !Number.isFinite(step)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(step)));
}

/** The step a move leads to; null when the move stays put. */
export function moveStep(
  action: 'next' | 'previous' | 'first' | 'last',
  step: number,
  count: number,
): number {
  const target = { next: step + 1, previous: step - 1, first: 0, last: count - 1 }[action];
  return clampStep(target, count);
}
