/**
 * What the dataset accepts as evidence. The build refuses a catalogue entry that breaks these
 * rules, so a mirror, a forum or one of our own file names can never reach a reader.
 */
import type { CatalogueSource, Localized } from './schemas';

/**
 * Hosts that copy other sites (mostly Wikipedia): cite the original instead. Matched on the
 * host and its subdomains.
 */
export const MIRROR_HOSTS = [
  'absoluteastronomy.com',
  'clever-geek.imtqy.com',
  'datacellar.net',
  'dirco1.azurewebsites.net',
  'docslib.org',
  'enwikipedia.net',
  'infogalactic.com',
  'iiab.me',
  'kiwix.jackbot.fr',
  'kiwix.lema.org',
  'memim.com',
  'nina.az',
  'piglix.com',
  'profilbaru.com',
  'qa.edu.vn',
  'qaz.wiki',
  'talk.dob.jp',
  'web.archive.org',
  'wiki.studentb.eu',
  'wiki.ypod.net',
  'wikiland.org',
  'wikimili.com',
  'wikipedie.ovh',
  'wipi.ai.kr',
] as const;

/** Hosts that are not evidence at all: dictionaries, translation pages, propaganda outlets. */
export const REFUSED_HOSTS = [
  'diki.de',
  'ilovetranslation.com',
  'news-pravda.com',
  'sputnikglobe.com',
  'voltairenet.org',
] as const;

/** Paths of forum threads and of tag, category, author or day archive pages. */
const REFUSED_PATHS = [
  /showthread\.php/i,
  /\/vb\//i,
  /\/(tag|tags|categorie|category|author|mots-cles)\//i,
  /\/\d{4}\/\d{2}\/\d{2}\/?$/,
];

/** A seed document's file name: readers must see the public document it is, never the file. */
export const SEED_FILE_NAME = /\b\d{3}_[0-9a-f]{16}\.txt\b/;

/** Words about our own files and process that must never reach a reader. */
const INTERNAL_WORDS = /\b(seeds?|fact base|base de faits|data\/|\.json)\b|document source \d/i;

function hostMatches(host: string, list: readonly string[]): boolean {
  return list.some((entry) => host === entry || host.endsWith(`.${entry}`));
}

/** Wikipedia in a language other than English or French: cite one of those, or better. */
function isOtherWikipedia(host: string): boolean {
  const match = /^([a-z-]+)(?:\.m)?\.wikipedia\.org$/.exec(host);
  return match !== null && !['en', 'fr'].includes(match[1] ?? '');
}

/** Why a catalogue entry is not acceptable evidence, or nothing. */
export function sourceProblems(source: CatalogueSource): string[] {
  const problems: string[] = [];
  if (SEED_FILE_NAME.test(source.title) || SEED_FILE_NAME.test(source.publisher)) {
    problems.push('names a seed file: cite the public document it is');
  }
  if (source.kind === 'encyclopedia' && !source.note) {
    problems.push('an encyclopedia needs a note saying why nothing better is cited');
  }
  if (source.url) {
    const url = new URL(source.url);
    const host = url.hostname.replace(/^www\./, '');
    if (hostMatches(host, MIRROR_HOSTS)) problems.push(`"${host}" is a mirror: cite the original`);
    if (hostMatches(host, REFUSED_HOSTS)) problems.push(`"${host}" is not evidence`);
    if (isOtherWikipedia(host))
      problems.push(`cite the English or French Wikipedia, not "${host}"`);
    if (REFUSED_PATHS.some((pattern) => pattern.test(url.pathname + url.search))) {
      problems.push('a forum thread or an archive page is not evidence');
    }
  }
  return problems;
}

/** Why a text shown to readers speaks about our files instead of the facts, or nothing. */
export function readerTextProblem(text: Localized): string | undefined {
  for (const value of [text.en, text.fr]) {
    if (SEED_FILE_NAME.test(value)) return 'names a seed file';
    const match = INTERNAL_WORDS.exec(value);
    if (match) return `speaks of "${match[0]}" to readers`;
  }
  return undefined;
}
