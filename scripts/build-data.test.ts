/**
 * The dataset's own checks, run in `npm test`: data/ parses with the app's schemas, passes the
 * cross-file checks against the bundled shapes, cites its sources as a reader can follow them,
 * and holds the key events.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkIntegrity } from '../src/data/integrity.ts';
import { FIRST_HAND_KINDS, type Source } from '../src/data/schemas.ts';
import { buildShapes } from './build-geometry.ts';
import { loadData, type BuiltData } from './build-data.ts';

let data: BuiltData;
beforeAll(() => {
  data = loadData();
});

const text = (d: BuiltData) => JSON.stringify(d);

/** The share reached when the catalogue was made (December 2026): it may only grow. */
const MIN_FIRST_HAND_SHARE = 0.87;

/** The sources of every fact: events, relations dates, periods, memberships and suspensions. */
function factSources(d: BuiltData): (readonly Source[])[] {
  return [
    ...d.events.map((e) => e.sources),
    ...d.countries.countries.flatMap((c) => [
      ...(c.relationsSince ? [c.relationsSince.sources] : []),
      ...c.periods.map((p) => p.sources),
    ]),
    ...d.context.organisations.flatMap((o) => [
      ...o.maliMembership.map((p) => p.sources),
      ...o.maliSuspensions.map((p) => p.sources),
      ...o.members.flatMap((m) => m.periods.map((p) => p.sources)),
    ]),
  ];
}

describe('data/', () => {
  it('passes the cross-file checks', () => {
    const shapes = buildShapes();
    const problems = checkIntegrity({
      ...data,
      shapeCodes: new Set(shapes.features.map((f) => f.properties.iso3)),
    });
    expect(problems).toEqual([]);
  });

  it('gives the same dataset version in CITATION.cff as in data/dataset.json', () => {
    const cff = readFileSync(resolve(import.meta.dirname, '..', 'CITATION.cff'), 'utf8');
    const dataset = data.context.dataset;
    expect(cff).toContain(`version: ${dataset?.version ?? '?'}`);
    expect(cff).toContain(`date-released: '${dataset?.released ?? '?'}'`);
  });

  it('titles no event with a word that names a control (a timeline mark is a button named by its title)', () => {
    const names =
      /play|present|share|cite this|new lesson|lecture|présenter|partager|citer cette|nouvelle leçon/i;
    const clashing = data.events.filter((e) => names.test(e.title.en) || names.test(e.title.fr));
    expect(clashing.map((e) => e.id)).toEqual([]);
  });

  it('holds at least 160 events', () => {
    expect(data.events.length).toBeGreaterThanOrEqual(160);
  });

  it('names no seed file and cites no mirror anywhere a reader could see', () => {
    const all = text(data);
    expect(all).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    expect(all).not.toMatch(
      /kiwix|infogalactic|wikimili|memim\.com|piglix|news-pravda|voltairenet/,
    );
    expect(all).not.toMatch(/\bseed\b/i);
  });

  it('gives most facts a source that is not an encyclopedia', () => {
    const facts = factSources(data);
    const firstHand = facts.filter((sources) => sources.some((s) => FIRST_HAND_KINDS.has(s.kind)));
    expect(firstHand.length / facts.length).toBeGreaterThanOrEqual(MIN_FIRST_HAND_SHARE);
  });

  it('records the OIF suspensions and the UMOA membership as the acts made them', () => {
    const oif = data.context.organisations.find((o) => o.id === 'OIF');
    expect(oif?.maliSuspensions.map((s) => [s.from, s.to])).toEqual([
      ['2020-08-25', '2020-11-05'],
      ['2021-06-03', '2025-09'],
    ]);
    const umoa = data.context.organisations.find((o) => o.id === 'UMOA');
    expect(umoa?.maliMembership[0]?.from).toBe('1984-06');
  });

  it('holds the seven neighbours, and not Tunisia', () => {
    const neighbours = data.countries.countries
      .filter((c) => c.neighbour)
      .map((c) => c.iso3)
      .sort();
    expect(neighbours).toEqual(['BFA', 'CIV', 'DZA', 'GIN', 'MRT', 'NER', 'SEN']);
  });

  it('has a source on every event, relations date and period', () => {
    for (const event of data.events) expect(event.sources.length, event.id).toBeGreaterThan(0);
    for (const country of data.countries.countries) {
      for (const period of country.periods)
        expect(period.sources.length, country.iso3).toBeGreaterThan(0);
    }
  });

  it('repeats none of the seed errors the fact base lists', () => {
    const all = text(data);
    expect(all).not.toMatch(/MUNISMA/);
    expect(all).not.toMatch(/"TUN"/);
    // The seed's pledge figure may be named only in a note that calls it unverified.
    const stated = data.events.map((e) => `${e.title.en} ${e.summary.en}`).join(' ');
    expect(stated).not.toMatch(/2\.6 billion/);
    const g5 = data.events.find((e) => /g5-sahel-created|g5-sahel-founded/.test(e.id));
    expect(g5?.countries.sort()).toEqual(['BFA', 'MLI', 'MRT', 'NER', 'TCD']);
  });

  it.each([
    ['1960-06-20', /federation/i],
    ['1960-08-20', /federation|senegal/i],
    ['1960-09-22', /republic|proclaim/i],
    ['1960-09-28', /United Nations/],
    ['1968-11-19', /coup/i],
    ['1991-03-26', /coup/i],
    ['2012-03-21', /coup/i],
    ['2020-08-18', /coup/i],
    ['2021-05-24', /coup/i],
    ['1963-05-25', /OAU/],
    ['1975-05-28', /ECOWAS/],
    ['2012-04-06', /Azawad/i],
    ['2013-01-11', /Serval/],
    ['2013-04-25', /2100|MINUSMA/],
    ['2023-06-30', /2690|MINUSMA/],
    ['2014-02-16', /G5/],
    ['2022-05-15', /G5/],
    ['2015-05-15', /Algiers|peace/i],
    ['2024-01-25', /Algiers|peace/i],
    ['2023-09-16', /Sahel States|AES|Liptako/i],
    ['2024-07-06', /Confederation|AES/i],
    ['2024-08-04', /Ukraine/],
    ['2024-08-09', /Swed/],
    ['2025-01-29', /ECOWAS/],
    ['2025-03-18', /OIF|Francophonie/],
    ['2025-09-22', /ICC|Rome/],
    ['2025-10-12', /visa|bond/i],
    ['2025-04-01', /drone/i],
  ])('holds the key event of %s', (date, pattern) => {
    const matches = data.events.filter((e) => e.date === date);
    expect(
      matches.some((e) => pattern.test(`${e.title.en} ${e.summary.en}`)),
      date,
    ).toBe(true);
  });
});

describe('data/stories/', () => {
  it('ships "Mali and the world" (15 to 25 steps) and a shorter second story', () => {
    const main = data.stories.find((s) => s.id === 'mali-and-the-world');
    expect(main?.steps.length).toBeGreaterThanOrEqual(15);
    expect(main?.steps.length).toBeLessThanOrEqual(25);
    const others = data.stories.filter((s) => s.id !== 'mali-and-the-world');
    expect(others.length).toBeGreaterThanOrEqual(1);
    for (const story of others) expect(story.steps.length).toBeLessThan(main?.steps.length ?? 0);
  });

  it('every step refers to an event of its own year, a known country and a shown organisation', () => {
    const problems = checkIntegrity({ ...data }).filter((p) => p.startsWith('stories'));
    expect(problems).toEqual([]);
  });
});

describe('French data texts', () => {
  it('every event title and summary is written in French, not copied from English', () => {
    const copied = data.events.filter(
      (e) => e.title.fr === e.title.en || e.summary.fr === e.summary.en,
    );
    expect(copied.map((e) => e.id)).toEqual([]);
  });

  it('French uses the French acronyms (CEDEAO, UA, ONU), never the English ones', () => {
    const french = data.events.map((e) => `${e.title.fr} ${e.summary.fr}`).join(' ');
    expect(french).not.toMatch(/\bECOWAS\b/);
    expect(french).not.toMatch(/\bAU\b/);
    expect(french).not.toMatch(/\bUN\b/);
  });
});
