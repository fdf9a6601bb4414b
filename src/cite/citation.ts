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

function bibtexKey(viewTitle: string, year: string): string {
  const words = viewTitle
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return `mali-atlas-${year}-${(words ?? []).slice(-2).join('-')}`;
}

export function buildCitation(input: CitationInput): Citation {
  const { lang, dataset, viewTitle, url, accessed } = input;
  const atlas = translate(lang, 'app.title');
  const released = dataset?.released;
  const year = released?.slice(0, 4) ?? accessed.slice(0, 4);
  // Without the dataset's file (an old copy, a failed load), the citation leaves the version out.
  const versionText = dataset ? translate(lang, 'cite.version', { version: dataset.version }) : '';
  const withVersion = (text: string) => (versionText ? text : '');
  const accessedText = styleDate(lang, accessed);
  const plain =
    `${atlas}, ${quote(lang, viewTitle)}.` +
    withVersion(` ${versionText}${released ? ` (${formatIsoDate(lang, released)})` : ''}.`) +
    ` ${url} (${translate(lang, 'cite.accessedLower', { date: formatIsoDate(lang, accessed) })}).`;
  const apa =
    `${atlas}. (${year}). ${viewTitle}` +
    (dataset ? ` (Version ${dataset.version})` : '') +
    ` [${translate(lang, 'cite.medium')}]. ` +
    translate(lang, 'cite.retrieved', { date: accessedText, url });
  // Chicago closes an English title's quotation with the full stop inside, a French one outside.
  const chicagoTitle = lang === 'fr' ? `${quote(lang, viewTitle)}.` : quote(lang, `${viewTitle}.`);
  const chicago =
    `${atlas}. ${chicagoTitle}` +
    withVersion(` ${versionText}${released ? `, ${styleDate(lang, released)}` : ''}.`) +
    ` ${translate(lang, 'cite.accessed', { date: accessedText })}. ${url}.`;
  const note = [
    withVersion(`${versionText}${released ? `, ${released}` : ''}`),
    translate(lang, 'cite.accessed', { date: accessed }),
  ]
    .filter(Boolean)
    .join('. ');
  // @misc with howpublished and note for classic BibTeX styles; url, urldate and version for
  // biblatex, which reads them.
  const bibtex = [
    `@misc{${bibtexKey(viewTitle, year)},`,
    `  author = {{${bibtexText(atlas)}}},`,
    `  title = {{${bibtexText(viewTitle)}}},`,
    `  year = {${year}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note = {${bibtexText(note)}},`,
    ...(dataset ? [`  version = {${dataset.version}},`] : []),
    `  url = {${url}},`,
    `  urldate = {${accessed}},`,
    `  language = {${lang === 'fr' ? 'french' : 'english'}}`,
    '}',
  ].join('\n');
  return { plain, apa, chicago, bibtex };
}
