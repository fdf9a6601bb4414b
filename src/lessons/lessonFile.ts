import { fileSlug, saveFile } from '../ui/savedFile';
import type { Lesson } from './lessonFormat';

/** A file name from the title: "Mali & France, 2013" gives mali-france-2013.lesson.json. */
export function lessonFileName(title: string): string {
  const slug = fileSlug(title).slice(0, 60);
  return `${slug || 'lesson'}.lesson.json`;
}

/** The file a teacher keeps or sends: the lesson as indented JSON. */
export function lessonFileText(lesson: Lesson): string {
  return `${JSON.stringify(lesson, null, 2)}\n`;
}

export function downloadLesson(lesson: Lesson, title: string): void {
  saveFile(new Blob([lessonFileText(lesson)], { type: 'application/json' }), lessonFileName(title));
}

/** Reads a chosen or dropped file, refusing a large one before reading it. */
export async function readLessonFile(
  file: File,
  maxBytes: number,
): Promise<{ tooBig: true } | { tooBig: false; text: string }> {
  if (file.size > maxBytes) return { tooBig: true };
  return { tooBig: false, text: await file.text() };
}
