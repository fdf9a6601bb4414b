import { describe, expect, it } from 'vitest';
import type { CatalogueSource } from './schemas';
import { resolveSourceRefs, shippedCatalogue, toSourceRefs } from './sourceRefs';

const rfi: CatalogueSource = {
  id: 'rfi-serval',
  title: 'Mali : la France lance l’opération Serval',
  publisher: 'RFI',
  kind: 'broadcaster',
  language: 'fr',
  url: 'https://www.rfi.fr/x',
  accessed: '2026-12-04',
};
const catalogue = new Map([[rfi.id, rfi]]);

describe('resolveSourceRefs', () => {
  it('replaces each reference with its catalogue entry and keeps the locator', () => {
    const json = {
      events: [{ id: 'serval', sources: [{ source: 'rfi-serval', locator: 'para. 2' }] }],
    };
    const { value, problems, cited } = resolveSourceRefs('events/x.json', json, catalogue);
    expect(problems).toEqual([]);
    expect(value.events[0]?.sources).toEqual([{ ...rfi, locator: 'para. 2' }]);
    expect([...cited]).toEqual(['rfi-serval']);
  });

  it('names the file, record and field of an unknown id', () => {
    const json = { countries: [{ iso3: 'FRA', periods: [{ sources: [{ source: 'nope' }] }] }] };
    expect(resolveSourceRefs('countries.json', json, catalogue).problems).toEqual([
      'countries.json: record "FRA", field "periods.0.sources.0": unknown source id "nope"',
    ]);
  });

  it('refuses a seed cited by file name, a source written out in full and an empty list', () => {
    const json = {
      events: [
        { id: 'a', sources: [{ seed: '000_ef10b6b92b83f1e4.txt' }] },
        { id: 'b', sources: [{ url: 'https://example.org', title: 'x' }] },
        { id: 'c', sources: [] },
      ],
    };
    const { problems } = resolveSourceRefs('events/x.json', json, catalogue);
    expect(problems).toEqual([
      'events/x.json: record "a", field "sources.0": cites a seed by file name; cite the public document it is',
      'events/x.json: record "b", field "sources.0": must be { "source": "<catalogue id>", "locator"?: "…" }',
      'events/x.json: record "c", field "sources": needs at least one source',
    ]);
  });
});

describe('toSourceRefs and shippedCatalogue', () => {
  it('ship each source once and resolve back to the same entries, locators kept', () => {
    const resolved = { events: [{ id: 'serval', sources: [{ ...rfi, locator: 'para. 2' }] }] };
    const shippedIds = new Map([[rfi.id, '0']]);
    const shipped = toSourceRefs(resolved, shippedIds);
    expect(shipped.events[0]?.sources).toEqual([{ source: '0', locator: 'para. 2' }]);
    const entry = {
      title: rfi.title,
      publisher: rfi.publisher,
      kind: rfi.kind,
      language: rfi.language,
      url: rfi.url,
    };
    const lookup = shippedCatalogue({ sources: [entry] });
    const { value, problems } = resolveSourceRefs('events.json', shipped, lookup);
    expect(problems).toEqual([]);
    expect(value.events[0]?.sources).toEqual([{ ...entry, id: '0', locator: 'para. 2' }]);
  });
});
