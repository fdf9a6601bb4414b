/** A new lesson id: random, so two teachers' lessons never share one. */
export function newLessonId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `lesson-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}
