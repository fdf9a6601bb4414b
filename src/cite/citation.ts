/**
 * How to cite what is on screen: the atlas, its dataset version, the view's title, the link to
 * this exact view and the day it was consulted, as plain text, APA (7th edition), Chicago
 * (notes and bibliography, web page) and BibTeX. Pure, so the golden strings in
 * citation.test.ts hold it to the letter in both languages.
 */
import type { DatasetInfo } from '../data/schemas';
import { CATALOGUES, type Language } from '../i18n/messages';
import { formatIsoDate, translate } from '../i18n/translate';

export interface CitationInput {
  lang: Language;
  dataset: DatasetInfo | undefined;
  /** What the view shows, e.g. "Relations with Mali, end of 2013: France". */
  viewTitle: string;
  url: string;
  /** The day the reader consulted the view, YYYY-MM-DD. */
  accessed: string;
}

export interface Citation {
  plain: string;
  apa: string;
  chicago: string;
  bibtex: string;
}

export const CITATION_FORMATS = ['plain', 'apa', 'chicago', 'bibtex'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** "December 5, 2026" in English (APA and Chicago write US dates), "5 décembre 2026" in French. */
function styleDate(lang: Language, iso: string): string {
  if (lang === 'fr') return formatIsoDate('fr', iso);
  const [y, m, d] = iso.split('-');
  const month =
    m === undefined ? undefined : CATALOGUES.en[`month.${String(Number(m))}` as 'month.1'];
  if (month === undefined) return iso;
  return d === undefined ? `${month} ${y ?? ''}` : `${month} ${String(Number(d))}, ${y ?? ''}`;
}

/** Quotation marks of the reader's language. */
const quote = (lang: Language, text: string) => (lang === 'fr' ? `« ${text} »` : `“${text}”`);

/** BibTeX needs its special characters escaped; braces keep capitals as written. */
function bibtexText(text: string): string {
  return text.replace(/([&%$#_{}])/g, '\\$1');
}

function bibtexKey(viewTitle: string, accessed: string): string {
  const words = viewTitle
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return `mali-atlas-${accessed.slice(0, 4)}-${(words ?? []).slice(-2).join('-')}`;
}

export function buildCitation(input: CitationInput): Citation {
  const { lang, dataset, viewTitle, url, accessed } = input;
  const atlas = translate(lang, 'app.title');
  const version = dataset?.version ?? '?';
  const released = dataset?.released;
  const year = released?.slice(0, 4) ?? accessed.slice(0, 4);
  const versionText = translate(lang, 'cite.version', { version });
  const releasedText = released ? styleDate(lang, released) : '';
  const accessedText = styleDate(lang, accessed);
  const consulted = translate(lang, 'cite.accessed', { date: accessedText });
  const plain =
    `${atlas}, ${quote(lang, viewTitle)}. ${versionText}` +
    `${released ? ` (${formatIsoDate(lang, released)})` : ''}. ${url} (${translate(lang, 'cite.accessedLower', { date: formatIsoDate(lang, accessed) })}).`;
  const apa =
    `${atlas}. (${year}). ${viewTitle} [${translate(lang, 'cite.medium')}${lang === 'fr' ? ' ; ' : '; '}${versionText.toLowerCase()}]. ` +
    translate(lang, 'cite.retrieved', { date: accessedText, url });
  const chicago =
    `${atlas}. ${quote(lang, `${viewTitle}.`)} ${versionText}` +
    `${released ? `, ${releasedText}` : ''}. ${consulted}. ${url}.`;
  const bibtex = [
    `@misc{${bibtexKey(viewTitle, accessed)},`,
    `  author = {{${bibtexText(atlas)}}},`,
    `  title = {{${bibtexText(viewTitle)}}},`,
    `  year = {${year}},`,
    `  version = {${version}},`,
    `  url = {${url}},`,
    `  urldate = {${accessed}},`,
    `  note = {${bibtexText(`${versionText}${released ? `, ${released}` : ''}`)}},`,
    `  language = {${lang === 'fr' ? 'french' : 'english'}}`,
    '}',
  ].join('\n');
  return { plain, apa, chicago, bibtex };
}
