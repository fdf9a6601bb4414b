import { describe, expect, it } from 'vitest';
import { testDataset as dataset, testFrance, testSource } from '../test/sources';
import { downloadFiles, sourcesByKind } from './exportData';
import type { AtlasEvent, ContextFile, Country, DatasetInfo } from './schemas';
import { dataPackage, datasetTables, tableToCsv, tableToJson } from './tables';

const event: AtlasEvent = {
  id: 'operation-serval-launched',
  date: '2013-01-11',
  precision: 'day',
  category: 'security',
  title: {
    en: 'Operation Serval, "at Mali’s request"',
    fr: 'Opération Serval, à la demande du Mali',
  },
  summary: { en: '=1+1, a formula', fr: 'Côte d’Ivoire, Sénégal\nsecond line' },
  countries: ['FRA', 'MLI'],
  organisations: [],
  certainty: 'verified',
  sources: [testSource, { ...testSource, id: 'example-b', kind: 'encyclopedia' }],
};

const france: Country = {
  ...testFrance({ since: [testSource], period: [testSource] }),
  relationsSince: {
    date: '1960-09-26',
    precision: 'day',
    certainty: 'inferred',
    note: { en: 'Why', fr: 'Pourquoi' },
    sources: [testSource],
  },
};

const context: ContextFile = {
  dataset,
  organisations: [
    {
      id: 'OIF',
      name: { en: 'Francophonie', fr: 'Francophonie' },
      acronym: { en: 'OIF', fr: 'OIF' },
      maliMembership: [{ from: '1970-03-20', certainty: 'verified', sources: [testSource] }],
      maliSuspensions: [
        {
          from: '2020-08-25',
          to: '2020-11-05',
          certainty: 'verified',
          reason: { en: 'Coup', fr: 'Coup d’État' },
          sources: [testSource],
        },
      ],
      members: [],
      sources: [testSource],
    },
  ],
  presences: [],
  eras: [],
};

const tables = datasetTables({
  events: [event],
  countries: [france],
  context,
  sources: [testSource],
});
const table = (name: string) => {
  const found = tables.find((t) => t.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('tableToCsv', () => {
  it('starts with a byte-order mark and the header, and ends rows with CRLF', () => {
    const csv = tableToCsv(table('events'));
    expect(csv.startsWith('\uFEFFid,date,precision,end,category,title_en,title_fr')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('quotes commas, quotes and line breaks, defuses formulas and keeps accents', () => {
    const csv = tableToCsv(table('events'));
    expect(csv).toContain('"Operation Serval, ""at Mali’s request"""');
    expect(csv).toContain("'=1+1, a formula");
    expect(csv).toContain('"Côte d’Ivoire, Sénégal\nsecond line"');
    expect(csv).toContain(',example-a example-b\r\n');
  });
});

describe('datasetTables', () => {
  it('writes every table the issue names', () => {
    expect(tables.map((t) => t.name)).toEqual([
      'events',
      'countries',
      'relationship-periods',
      'organisations',
      'memberships',
      'presences',
      'sources',
    ]);
  });

  it('gives each period, membership and suspension its certainty and sources', () => {
    expect(table('relationship-periods').rows[0]).toEqual([
      'FRA',
      'close',
      '2013-01-11',
      '',
      'Serval',
      'Serval',
      'operation-serval-launched',
      'verified',
      '',
      '',
      'example-a',
    ]);
    expect(table('memberships').rows.map((r) => [r[0], r[2], r[3], r[4], r[8]])).toEqual([
      ['OIF', 'membership', '1970-03-20', '', 'verified'],
      ['OIF', 'suspension', '2020-08-25', '2020-11-05', 'verified'],
    ]);
    expect(table('countries').rows[0]?.slice(4, 8)).toEqual([
      '1960-09-26',
      'day',
      'inferred',
      'Why',
    ]);
  });
});

describe('tableToJson and dataPackage', () => {
  it('carry the dataset version', () => {
    const json = JSON.parse(tableToJson(table('sources'), dataset)) as {
      dataset: DatasetInfo;
      records: Record<string, string>[];
    };
    expect(json.dataset.version).toBe('2.0.0');
    expect(json.records[0]).toMatchObject({ id: 'example-a', kind: 'newspaper' });
    const descriptor = dataPackage(tables, dataset) as {
      version: string;
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(descriptor.version).toBe('2.0.0');
    expect(descriptor.resources.map((r) => r.path)).toContain('memberships.csv');
    expect(descriptor.resources[0]?.schema.fields[0]?.name).toBe('id');
  });
});

describe('downloadFiles and sourcesByKind', () => {
  it('names every file by the dataset version and date', () => {
    const files = downloadFiles('/', dataset);
    expect(files.tables[0]?.csv).toBe(
      '/data/downloads/mali-relations-atlas-2.0.0-2026-12-04-events.csv',
    );
    expect(files.dataPackage).toBe(
      '/data/downloads/mali-relations-atlas-2.0.0-2026-12-04-datapackage.zip',
    );
  });

  it('counts sources by kind in the catalogue order', () => {
    expect(
      sourcesByKind([
        { source: { ...testSource, kind: 'encyclopedia' }, uses: 1 },
        { source: testSource, uses: 2 },
        { source: { ...testSource, id: 'b' }, uses: 1 },
      ]),
    ).toEqual([
      ['newspaper', 2],
      ['encyclopedia', 1],
    ]);
  });
});
