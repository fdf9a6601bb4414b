import type { Lesson } from './lessonFormat';

/** A file name from the title: "Mali & France, 2013" gives mali-france-2013.lesson.json. */
export function lessonFileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'lesson'}.lesson.json`;
}

/** The file a teacher keeps or sends: the lesson as indented JSON. */
export function lessonFileText(lesson: Lesson): string {
  return `${JSON.stringify(lesson, null, 2)}\n`;
}

export function downloadLesson(lesson: Lesson, title: string): void {
  const url = URL.createObjectURL(new Blob([lessonFileText(lesson)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = lessonFileName(title);
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the data by the next task; the URL is freed after it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Reads a chosen or dropped file, refusing a large one before reading it. */
export async function readLessonFile(
  file: File,
  maxBytes: number,
): Promise<{ tooBig: true } | { tooBig: false; text: string }> {
  if (file.size > maxBytes) return { tooBig: true };
  return { tooBig: false, text: await file.text() };
}
