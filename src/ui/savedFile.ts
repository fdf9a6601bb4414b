/**
 * Files the atlas hands to the browser's downloads (a lesson, a picture): a name that survives
 * e-mail, a school's file server and a slide deck's media folder, and the download itself.
 */

/** Lower-case ASCII words joined by hyphens: "Mali & France, 2013" gives "mali-france-2013". */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands the file to the browser's downloads, under its name. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after this task; a minute is ample, then the memory is freed.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
