import { describe, expect, it } from 'vitest';
import type { CatalogueSource } from './schemas';
import { readerTextProblem, sourceProblems } from './sourcePolicy';

const source = (change: Partial<CatalogueSource>): CatalogueSource => ({
  id: 'x',
  title: 'Mali suspended from the OIF',
  publisher: 'TV5Monde',
  kind: 'broadcaster',
  language: 'fr',
  url: 'https://information.tv5monde.com/afrique/x',
  accessed: '2026-12-04',
  ...change,
});

describe('sourceProblems', () => {
  it('accepts a broadcaster page', () => {
    expect(sourceProblems(source({}))).toEqual([]);
  });

  it.each([
    [
      'a Kiwix copy',
      { url: 'https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Operation_Serval' },
      /mirror/,
    ],
    ['Infogalactic', { url: 'https://infogalactic.com/info/Mali' }, /mirror/],
    ['an archived copy', { url: 'https://web.archive.org/web/2020/https://icj-cij.org' }, /mirror/],
    [
      'the Igbo Wikipedia',
      {
        url: 'https://ig.m.wikipedia.org/wiki/Malian_franc',
        kind: 'encyclopedia' as const,
        note: { en: 'n', fr: 'n' },
      },
      /English or French Wikipedia/,
    ],
    ['a dictionary', { url: 'https://diki.de/slownik-angielskiego?q=Franc+Zone' }, /not evidence/],
    [
      'a propaganda outlet',
      { url: 'https://niger.news-pravda.com/en/niger/2025/09/23/2683.html' },
      /not evidence/,
    ],
    ['a forum thread', { url: 'http://www.cyemen.com/vb/showthread.php?t=292044' }, /forum/],
    [
      'a tag page',
      { url: 'https://www.radioreloj.cu/tag/organization-of-african-unity/' },
      /archive page/,
    ],
    ['a day archive', { url: 'https://www.mandeinfos.com/2023/06/30/' }, /archive page/],
    ['a seed file name', { title: 'Seed 000_ef10b6b92b83f1e4.txt' }, /seed file/],
    [
      'an encyclopedia without a note',
      { kind: 'encyclopedia' as const },
      /encyclopedia needs a note/,
    ],
  ])('refuses %s', (_, change, message) => {
    expect(sourceProblems(source(change)).join(' ')).toMatch(message);
  });
});

describe('readerTextProblem', () => {
  it('refuses texts that speak of our files', () => {
    expect(readerTextProblem({ en: "The seed's bilateral table", fr: 'x' })).toMatch(/seed/);
    expect(readerTextProblem({ en: 'x', fr: 'Le document source 000 dit' })).toMatch(
      /document source/,
    );
    expect(readerTextProblem({ en: 'See data/countries.json', fr: 'x' })).toBeDefined();
  });

  it('accepts texts about the facts', () => {
    expect(
      readerTextProblem({
        en: 'Wikipedia gives 16 January.',
        fr: 'Wikipédia donne le 16 janvier.',
      }),
    ).toBeUndefined();
  });
});
