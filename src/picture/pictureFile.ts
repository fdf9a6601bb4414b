/**
 * The downloaded file's name: the atlas's name, the year and what is selected, with no spaces
 * or accents, so that it survives e-mail, a school's file server and a slide deck's media folder:
 * `mali-relations-atlas-2013-FRA.png`, `atlas-des-relations-du-mali-2013-FRA-2x.png`.
 */
import { fileSlug } from '../ui/savedFile';
import type { PictureFormat } from './pictureConstants';

export interface PictureFileInput {
  /** The atlas's name in the reader's language. */
  atlasName: string;
  year: number;
  country: string | null;
  event: string | null;
  format: PictureFormat;
}

export function pictureFileName({
  atlasName,
  year,
  country,
  event,
  format,
}: PictureFileInput): string {
  const parts = [
    fileSlug(atlasName) || 'atlas',
    String(year),
    // An ISO-3 code is already safe and reads better in capitals, as in the link (country=FRA).
    country?.replace(/[^A-Za-z0-9]/g, ''),
    event === null ? undefined : fileSlug(event),
    format === 'png2x' ? '2x' : undefined,
  ].filter((part): part is string => Boolean(part));
  return `${parts.join('-')}.${format === 'svg' ? 'svg' : 'png'}`;
}
