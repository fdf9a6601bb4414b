/**
 * The tags that make a shared link show a card (Open Graph, read by most sites and chat apps,
 * and Twitter's card tags), for the built index.html. Social sites want an absolute address for
 * the picture, which only the host knows: ATLAS_SITE_URL gives it (the Pages workflow sets it).
 * Without it the picture is named relative to the page, which some sites follow and some do not.
 */
export const SOCIAL_PREVIEW_FILE = 'social-preview.png';

export interface SocialCardText {
  title: string;
  description: string;
  imageAlt: string;
}

export interface MetaTag {
  tag: 'meta';
  attrs: Record<string, string>;
}

/** The site's address with one trailing slash, or undefined when none (or a bad one) is given. */
export function siteAddress(siteUrl: string | undefined): string | undefined {
  const trimmed = siteUrl?.trim();
  if (!trimmed) return undefined;
  const url = new URL(trimmed.endsWith('/') ? trimmed : `${trimmed}/`);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`ATLAS_SITE_URL must be an http(s) address, not ${trimmed}`);
  }
  return url.href;
}

export function socialCardTags(
  base: string,
  siteUrl: string | undefined,
  text: SocialCardText,
): MetaTag[] {
  const site = siteAddress(siteUrl);
  const image = site ? new URL(SOCIAL_PREVIEW_FILE, site).href : `${base}${SOCIAL_PREVIEW_FILE}`;
  const property = (name: string, content: string): MetaTag => ({
    tag: 'meta',
    attrs: { property: name, content },
  });
  const named = (name: string, content: string): MetaTag => ({
    tag: 'meta',
    attrs: { name, content },
  });
  return [
    property('og:type', 'website'),
    property('og:site_name', text.title),
    property('og:title', text.title),
    property('og:description', text.description),
    ...(site ? [property('og:url', site)] : []),
    property('og:image', image),
    property('og:image:type', 'image/png'),
    property('og:image:width', '1200'),
    property('og:image:height', '630'),
    property('og:image:alt', text.imageAlt),
    property('og:locale', 'en_GB'),
    property('og:locale:alternate', 'fr_FR'),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', text.title),
    named('twitter:description', text.description),
    named('twitter:image', image),
    named('twitter:image:alt', text.imageAlt),
  ];
}
