import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testSource } from '../test/sources';
import { checkLoaded, DataFileError, isCheckedAtBuild } from './dataFiles';
import { eventsFileSchema } from './schemas';

const bytes = (text: string) => new TextEncoder().encode(text).buffer;
/** SHA-256 of "abc" (FIPS 180-2, appendix B.1). */
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('isCheckedAtBuild', () => {
  it('is true only for the bytes whose digest the build gave', async () => {
    expect(await isCheckedAtBuild('events.json', bytes('abc'), { 'events.json': ABC })).toBe(true);
    expect(await isCheckedAtBuild('events.json', bytes('abd'), { 'events.json': ABC })).toBe(false);
    expect(await isCheckedAtBuild('events.json', bytes('abc'), { 'other.json': ABC })).toBe(false);
  });
});

const event = {
  id: 'serval',
  date: '2013-01-11',
  precision: 'day',
  category: 'security',
  title: { en: 'Serval', fr: 'Serval' },
  summary: { en: 's', fr: 's' },
  countries: ['FRA'],
  organisations: [],
  sources: [testSource],
  certainty: 'verified',
};

describe('checkLoaded', () => {
  it('takes a file the build checked as it is', () => {
    const json = { events: [event] };
    expect(checkLoaded('events.json', { json, checkedAtBuild: true }, eventsFileSchema)).toBe(json);
  });

  it('checks any other file, naming the record and the field', () => {
    const json = { events: [{ ...event, date: '2013-02-30' }] };
    expect(() =>
      checkLoaded('events.json', { json, checkedAtBuild: false }, eventsFileSchema),
    ).toThrow(
      new DataFileError(
        'events.json',
        'record "serval", field "date", must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
      ),
    );
  });
});

describe('loading events with the build’s digests', () => {
  const catalogue = JSON.stringify({
    sources: [{ title: 'A', publisher: 'Example', kind: 'newspaper', language: 'en' }],
  });
  const shippedEvent = { ...event, sources: [{ source: '0' }] };
  const checkedEvents = JSON.stringify({ events: [shippedEvent] });
  let served: Record<string, string>;

  beforeEach(() => {
    vi.resetModules();
    served = { 'sources.json': catalogue, 'events.json': checkedEvents };
    vi.stubGlobal('fetch', (url: string) => {
      const body = served[url.split('/').pop() ?? ''];
      return Promise.resolve(new Response(body ?? 'Not found', { status: body ? 200 : 404 }));
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  async function digest(text: string): Promise<string> {
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes(text)));
    return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
  }

  async function load(digests: Record<string, string>) {
    const { startLoading } = await import('./dataFiles');
    const { fetchEvents } = await import('./lenientFiles');
    startLoading(['sources.json', 'events.json'], digests);
    return fetchEvents('events.json');
  }

  it('gives the same events whether or not the file was checked at build', async () => {
    const digests = {
      'sources.json': await digest(catalogue),
      'events.json': await digest(checkedEvents),
    };
    const trusted = await load(digests);
    vi.resetModules();
    const checked = await load({});
    expect(trusted).toEqual(checked);
    expect(trusted.events[0]?.sources[0]?.title).toBe('A');
    expect(trusted.problems).toEqual([]);
  });

  it('checks a file that is not the one the build checked, and names its bad record', async () => {
    const digests = {
      'sources.json': await digest(catalogue),
      'events.json': await digest(checkedEvents),
    };
    served['events.json'] = JSON.stringify({
      events: [shippedEvent, { ...shippedEvent, id: 'bad', date: '2013-02-30' }],
    });
    const { events, problems } = await load(digests);
    expect(events.map((e) => e.id)).toEqual(['serval']);
    expect(problems).toEqual([
      'events.json: record "bad", field "date", must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (left out)',
    ]);
  });

  it('checks the events when the catalogue served does not hold their sources', async () => {
    const digests = { 'events.json': await digest(checkedEvents) };
    served['sources.json'] = JSON.stringify({ sources: [] });
    const { events, problems } = await load(digests);
    expect(events).toEqual([]);
    // The unresolved reference is what the check finds.
    expect(problems).toEqual([expect.stringMatching(/^events\.json: .*\(left out\)$/)]);
  });
});
