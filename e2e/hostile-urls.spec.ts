/**
 * Links are untrusted input: anyone can send a reader to the atlas with any query string. Some 240
 * hostile queries (generated deterministically, so a failure reproduces) must never crash the
 * page, run a script, open a dialog or leave the store in an invalid state. One page per test is
 * reused and only the Year slider is awaited, to keep the spec fast.
 */
import type { Page } from '@playwright/test';
import { expect, test, type AtlasPage } from './fixtures';
import { seededRandom } from '../scripts/seededRandom.ts';

test.describe.configure({ mode: 'parallel' });
// This spec is about parsing links; the service worker's install (2.8 MB precached in every fresh
// context) would only compete for the CPU. offline.spec.ts covers the worker.
test.use({ serviceWorkers: 'block' });

const FIRST_YEAR = 1960;
const LAST_YEAR = 2025;
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The Year slider in either language (a query may switch the interface to French). */
function yearSlider(page: Page) {
  return page.getByRole('slider', { name: /^(Year|Année)$/ });
}

/** name=value with both sides percent-encoded (for well-formed strings only). */
function pair(name: string, value: string): string {
  return `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
}

/** Arbitrary bytes, percent-encoded one by one: invalid UTF-8 included. */
function randomBytes(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    text += `%${Math.floor(random() * 256)
      .toString(16)
      .padStart(2, '0')
      .toUpperCase()}`;
  }
  return text;
}

const STATE_PARAMS = [
  'year',
  'country',
  'event',
  'frame',
  'view',
  'tab',
  'org',
  'story',
  'step',
  'lang',
];
const EMBED_PARAMS = ['timeline', 'panel', 'controls', 'interactive', 'theme', 'parentOrigin'];
const ODD_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__proto__[year]',
  'constructor[prototype][year]',
  'year[]',
  'YEAR',
  ' year',
  '',
];

const NUMBERS = [
  '1e309',
  '-1e309',
  '-0',
  '0',
  '-1',
  '99999999999999999999',
  '9007199254740993',
  '-999999999',
  '999999999',
  '1960.5',
  '2013.0',
  '2e3',
  '0x7DD',
  '0b11111011101',
  '0o3735',
  'Infinity',
  '-Infinity',
  'NaN',
  '+2013',
  ' 2013 ',
  '2013abc',
  '1_960',
  '２０１３',
  '٢٠١٣',
  '1960e0',
  '.5',
  '',
];

const INJECTIONS = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</title><script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  'data:text/html,<script>alert(1)</script>',
  '<iframe src="javascript:alert(1)">',
  '../../../../etc/passwd',
  "1' OR '1'='1",
  '%s%s%s%n',
];

const UNICODE = [
  '\u202EARF',
  'F\u200DR\u200DA',
  'FRA\u200B',
  '\uFEFFFRA',
  '🇫🇷',
  '👨‍👩‍👧‍👦',
  'ＦＲＡ',
  'fra',
  'İSR',
  'straße',
  'e\u0301vent',
  'مالي',
  '\u0000',
  'FRA\u0000',
  'a\nb',
];

/** Queries already percent-encoded by hand: byte sequences no JS string can express. */
const RAW = [
  'year=%ED%A0%80',
  'country=%ED%A0%80%ED%B0%80',
  'event=%ED%BF%BF',
  'year=%00',
  'year=2013%00',
  'country=FRA%00',
  'year=%0A2013',
  'year=2013%0D%0A',
  'event=a%0Ab',
  'year=%',
  'year=%%',
  'year=%zz',
  'year=%E2%80%AE2013',
  'country=%C0%AF',
  'country=%FF%FE',
  'year=2013&year=1999',
  '&&&&',
  '=',
  '==2013',
  'year',
  'year=',
  '?year=2013',
  'year=2013#<script>alert(1)</script>',
  'year=2013;country=FRA',
  'year=2013&amp;country=FRA',
  'year+=+2013',
  'year=20%2013',
  '__proto__=x&constructor=y&prototype=z',
  '__proto__[year]=1999&constructor[prototype][year]=1999',
];

function hostileQueries(): string[] {
  const random = seededRandom(0x6d616c69);
  const queries: string[] = [];
  for (const value of NUMBERS) queries.push(pair('year', value));
  for (const value of INJECTIONS) {
    for (const name of ['year', 'country', 'event', 'lang']) {
      queries.push(pair(name, value));
    }
  }
  for (const value of UNICODE) {
    queries.push(pair('country', value), pair('event', value));
  }
  queries.push(...RAW);
  for (const name of ODD_NAMES) queries.push(`${pair(name, '2013')}&${pair('year', '1999')}`);
  // Repeated parameters: the first wins or all are ignored, but never a crash.
  queries.push(Array.from({ length: 200 }, (_, i) => pair('year', String(1960 + i))).join('&'));
  queries.push(STATE_PARAMS.map((name) => `${pair(name, 'x')}&${pair(name, 'y')}`).join('&'));
  // Very long values (10 kB once encoded) and a very long name. Longer URLs are refused by the
  // server itself (Node's 16 kB header limit: 431), before the atlas sees them.
  queries.push(pair('year', '9'.repeat(10_000)));
  queries.push(pair('country', 'FRA'.repeat(3_400)));
  queries.push(pair('event', 'a-'.repeat(5_000) + 'a'));
  queries.push(pair('story', '🇲🇱'.repeat(400)));
  queries.push(pair('x'.repeat(10_000), '1'));
  queries.push(`year=${randomBytes(random, 3_400)}`);
  // Random bytes, as values of known and unknown parameters, and as whole queries.
  const names = [...STATE_PARAMS, ...EMBED_PARAMS, ...ODD_NAMES];
  for (let i = 0; i < 50; i++) {
    const name = names[Math.floor(random() * names.length)] ?? 'year';
    const value = randomBytes(random, 1 + Math.floor(random() * 48));
    queries.push(`${encodeURIComponent(name)}=${value}`);
  }
  for (let i = 0; i < 10; i++) {
    queries.push(
      `${randomBytes(random, 1 + Math.floor(random() * 12))}=${randomBytes(random, 1 + Math.floor(random() * 24))}`,
    );
  }
  return queries;
}

/** What must hold after any query; returns what did not. */
async function problemsAfterLoad(atlas: AtlasPage): Promise<string[]> {
  const problems: string[] = [];
  const now = Number(await yearSlider(atlas.page).getAttribute('aria-valuenow'));
  if (!Number.isInteger(now) || now < FIRST_YEAR || now > LAST_YEAR) {
    problems.push(`slider aria-valuenow ${String(now)}`);
  }
  const state = await atlas.state();
  if (!Number.isInteger(state.year) || state.year < FIRST_YEAR || state.year > LAST_YEAR) {
    problems.push(`store year ${String(state.year)}`);
  }
  if (state.country !== null && !/^[A-Z]{3}$/.test(state.country)) {
    problems.push(`store country ${JSON.stringify(state.country)}`);
  }
  if (state.event !== null && !KEBAB_CASE.test(state.event)) {
    problems.push(`store event ${JSON.stringify(state.event)}`);
  }
  // Anything a payload could have injected: inline scripts or event-handler attributes.
  const injected = await atlas.page
    .locator('script:not([src]), [onerror], [onload], [onclick], iframe, object, embed')
    .count();
  if (injected > 0) problems.push(`${String(injected)} injected element(s)`);
  return problems;
}

/** Loads each query in the same page; collects every problem instead of stopping at the first. */
async function visitAll(page: Page, atlas: AtlasPage, path: string, queries: string[]) {
  const found: string[] = [];
  // Error messages repeat the whole URL: keep the report readable.
  const failures = {
    push: (failure: string) => found.push(failure.slice(0, 300)),
  };
  let current = '';
  page.on('pageerror', (error) => failures.push(`${current}: page error ${error.message}`));
  page.on('dialog', (dialog) => {
    failures.push(`${current}: dialog "${dialog.message()}"`);
    void dialog.dismiss();
  });
  for (const query of queries) {
    current = `${path}?${query.slice(0, 120)}`;
    try {
      await page.goto(`${path}?${query}`, { waitUntil: 'commit' });
      // waitFor polls in the page on every frame; expect's retry backoff would add up to a second
      // per load, which over 250 loads is minutes.
      await yearSlider(page).waitFor({ timeout: 10_000 });
      for (const problem of await problemsAfterLoad(atlas)) failures.push(`${current}: ${problem}`);
    } catch (error) {
      failures.push(`${current}: ${error instanceof Error ? error.message : String(error)}`);
      if (page.isClosed()) break;
    }
  }
  return found;
}

const QUERIES = hostileQueries();
const CHUNKS = 4;

test('the generator yields at least 200 distinct hostile queries', () => {
  expect(new Set(QUERIES).size).toBeGreaterThanOrEqual(200);
});

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const queries = QUERIES.filter((_, i) => i % CHUNKS === chunk);
  test(`hostile links on the full atlas, part ${String(chunk + 1)} of ${String(CHUNKS)} (${String(queries.length)} queries)`, async ({
    atlas,
    page,
  }) => {
    // Each part took about 1.2 min on a 2-core machine busy with other work (load average 9).
    test.setTimeout(240_000);
    expect(await visitAll(page, atlas, '/', queries)).toEqual([]);
  });
}

test('hostile display options on the embed', async ({ atlas, page }) => {
  test.setTimeout(120_000);
  const queries = [...INJECTIONS, ...UNICODE.slice(0, 6), 'http://127.0.0.1:4173.evil', '//evil']
    .flatMap((value) => EMBED_PARAMS.map((name) => pair(name, value)))
    .filter((_, i) => i % 5 === 0);
  queries.push(
    pair('parentOrigin', 'javascript:alert(1)'),
    pair('parentOrigin', 'null'),
    pair('parentOrigin', '*'),
    // The first of repeated options wins: the timeline (and its slider) stays.
    'interactive=0&interactive=1&timeline=1&timeline=0',
  );
  expect(await visitAll(page, atlas, '/embed.html', queries)).toEqual([]);
});
