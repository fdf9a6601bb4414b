/**
 * The downloaded file's name: the atlas's name, the year and what is selected, with no spaces
 * or accents, so that it survives e-mail, a school's file server and a slide deck's media folder:
 * `mali-relations-atlas-2013-FRA.png`, `atlas-des-relations-du-mali-2013-FRA-2x.png`.
 */
import type { PictureFormat } from './pictureConstants';

/** Lower case ASCII words joined by hyphens ("Atlas des relations du Mali" → "atlas-des-…"). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

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
    slug(atlasName) || 'atlas',
    String(year),
    // An ISO-3 code is already safe and reads better in capitals, as in the link (country=FRA).
    country?.replace(/[^A-Za-z0-9]/g, ''),
    event === null ? undefined : slug(event),
    format === 'png2x' ? '2x' : undefined,
  ].filter((part): part is string => Boolean(part));
  return `${parts.join('-')}.${format === 'svg' ? 'svg' : 'png'}`;
}
