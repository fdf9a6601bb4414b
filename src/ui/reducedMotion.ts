const QUERY = '(prefers-reduced-motion: reduce)';

/** Asked at the moment of a move, so a change of the setting counts from the next one. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia(QUERY).matches;
}
