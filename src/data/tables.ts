/**
 * The dataset as tables a reader can download: events, countries with their relations dates,
 * relationship periods, organisations with Mali's memberships and suspensions, member states,
 * presences and sources. Each table is CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel
 * keeps French accents) and JSON, and all of them together form a Frictionless Data Package.
 */
import type {
  AtlasEvent,
  CatalogueSource,
  ContextFile,
  Country,
  DatasetInfo,
  Localized,
  Source,
} from './schemas';

/** The tables, in the order the downloads list them. */
export const TABLE_NAMES = [
  'events',
  'countries',
  'relationship-periods',
  'organisations',
  'memberships',
  'presences',
  'sources',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface Table {
  /** File stem, also the Data Package resource name. */
  name: TableName;
  title: string;
  fields: readonly TableField[];
  rows: string[][];
}

export interface TableField {
  name: string;
  type: 'string' | 'date' | 'boolean';
  description: string;
}

const field = (
  name: string,
  description: string,
  type: TableField['type'] = 'string',
): TableField => ({ name, type, description });

const BOM = '\uFEFF';

function csvCell(value: string): string {
  // Defuse spreadsheet formulas with a leading apostrophe (the JSON keeps the text as it is), and
  // quote every cell that could break the row.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function tableToCsv(table: Table): string {
  const lines = [table.fields.map((f) => f.name), ...table.rows];
  return `${BOM}${lines.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The table as JSON objects keyed by column, with the dataset it comes from. */
export function tableToJson(table: Table, dataset: DatasetInfo): string {
  const records = table.rows.map((row) =>
    Object.fromEntries(
      table.fields.map((f, i) => {
        const cell = row[i] ?? '';
        return [f.name, f.type === 'boolean' ? cell === 'true' : cell];
      }),
    ),
  );
  return `${JSON.stringify({ dataset, table: table.name, records }, null, 2)}\n`;
}

const ids = (sources: readonly Source[]) => sources.map((s) => s.id).join(' ');
const en = (text: Localized | undefined) => text?.en ?? '';
const fr = (text: Localized | undefined) => text?.fr ?? '';
const SOURCES_FIELD = field('sources', 'ids of the sources, separated by spaces (see sources)');

function eventsTable(events: readonly AtlasEvent[]): Table {
  return {
    name: 'events',
    title: 'Events',
    fields: [
      field('id', 'stable identifier'),
      field('date', 'ISO 8601, written to its precision'),
      field('precision', 'day, month or year'),
      field('end', 'last day of a span, if any'),
      field('category', 'politics, regional, security, diplomacy or economy'),
      field('title_en', 'title in English'),
      field('title_fr', 'title in French'),
      field('summary_en', 'summary in English'),
      field('summary_fr', 'summary in French'),
      field('countries', 'ISO 3166-1 alpha-3 codes, separated by spaces (SUN: the USSR)'),
      field('organisations', 'organisation ids, separated by spaces'),
      field('certainty', 'verified or inferred'),
      field('note_en', 'why inferred, or where sources disagree (English)'),
      field('note_fr', 'why inferred, or where sources disagree (French)'),
      SOURCES_FIELD,
    ],
    rows: events.map((e) => [
      e.id,
      e.date,
      e.precision,
      e.end ?? '',
      e.category,
      e.title.en,
      e.title.fr,
      e.summary.en,
      e.summary.fr,
      e.countries.join(' '),
      e.organisations.join(' '),
      e.certainty,
      en(e.note),
      fr(e.note),
      ids(e.sources),
    ]),
  };
}

function countriesTable(countries: readonly Country[]): Table {
  return {
    name: 'countries',
    title: 'Countries and when their relations with Mali began',
    fields: [
      field('iso3', 'ISO 3166-1 alpha-3 code'),
      field('name_en', 'name in English'),
      field('name_fr', 'name in French'),
      field('neighbour', 'shares a border with Mali', 'boolean'),
      field('relations_since', 'date diplomatic relations with Mali began, if known'),
      field('relations_since_precision', 'day, month or year'),
      field('relations_since_certainty', 'verified or inferred'),
      field('relations_since_note_en', 'why inferred (English)'),
      field('relations_since_note_fr', 'why inferred (French)'),
      field('relations_since_sources', 'ids of the sources of the relations date'),
    ],
    rows: countries.map((c) => {
      const since = c.relationsSince;
      return [
        c.iso3,
        c.name.en,
        c.name.fr,
        String(c.neighbour),
        since?.date ?? '',
        since?.precision ?? '',
        since?.certainty ?? '',
        en(since?.note),
        fr(since?.note),
        since ? ids(since.sources) : '',
      ];
    }),
  };
}

function periodsTable(countries: readonly Country[]): Table {
  return {
    name: 'relationship-periods',
    title: 'Relationship periods: the status of relations with Mali over time',
    fields: [
      field('iso3', 'the country'),
      field('status', 'close, cooperative, established, tense, suspended or severed'),
      field('from', 'first day (ISO 8601)'),
      field('to', 'exclusive end; empty while still the case in 2025'),
      field('reason_en', 'what opened the period (English)'),
      field('reason_fr', 'what opened the period (French)'),
      field('event', 'id of the event that opened the period, if any'),
      field('certainty', 'verified or inferred'),
      field('note_en', 'why inferred (English)'),
      field('note_fr', 'why inferred (French)'),
      SOURCES_FIELD,
    ],
    rows: countries.flatMap((c) =>
      c.periods.map((p) => [
        c.iso3,
        p.status,
        p.from,
        p.to ?? '',
        p.reason.en,
        p.reason.fr,
        p.event ?? '',
        p.certainty,
        en(p.note),
        fr(p.note),
        ids(p.sources),
      ]),
    ),
  };
}

function organisationsTable(context: ContextFile): Table {
  return {
    name: 'organisations',
    title: 'Organisations',
    fields: [
      field('id', 'organisation id'),
      field('acronym_en', 'acronym in English'),
      field('acronym_fr', 'acronym in French'),
      field('name_en', 'full name in English'),
      field('name_fr', 'full name in French'),
      SOURCES_FIELD,
    ],
    rows: context.organisations.map((o) => [
      o.id,
      o.acronym.en,
      o.acronym.fr,
      o.name.en,
      o.name.fr,
      ids(o.sources),
    ]),
  };
}

function membershipsTable(context: ContextFile): Table {
  const rows: string[][] = [];
  for (const o of context.organisations) {
    const add = (
      kind: string,
      iso3: string,
      p: (typeof o.maliMembership)[number],
      reason?: Localized,
    ) =>
      rows.push([
        o.id,
        iso3,
        kind,
        p.from,
        p.to ?? '',
        en(reason),
        fr(reason),
        p.event ?? '',
        p.certainty,
        en(p.note),
        fr(p.note),
        ids(p.sources),
      ]);
    for (const p of o.maliMembership) add('membership', 'MLI', p);
    for (const s of o.maliSuspensions) add('suspension', 'MLI', s, s.reason);
    // Mali's own periods are the rows above; its line in a member list repeats them.
    for (const member of o.members) {
      if (member.iso3 === 'MLI') continue;
      for (const p of member.periods) add('membership', member.iso3, p);
    }
  }
  return {
    name: 'memberships',
    title: 'Memberships and suspensions: Mali’s, and the member states of ECOWAS, G5 Sahel and AES',
    fields: [
      field('organisation', 'organisation id'),
      field('iso3', 'the member state (MLI for Mali)'),
      field('kind', 'membership, or suspension (a suspension of Mali, or sanctions on it)'),
      field('from', 'first day (ISO 8601)'),
      field('to', 'exclusive end; empty while still the case in 2025'),
      field('reason_en', 'why Mali was suspended (English)'),
      field('reason_fr', 'why Mali was suspended (French)'),
      field('event', 'id of the event that records the change, if any'),
      field('certainty', 'verified or inferred'),
      field('note_en', 'why inferred (English)'),
      field('note_fr', 'why inferred (French)'),
      SOURCES_FIELD,
    ],
    rows,
  };
}

function presencesTable(context: ContextFile): Table {
  return {
    name: 'presences',
    title: 'Foreign military and peacekeeping presences in Mali',
    fields: [
      field('id', 'stable identifier'),
      field('name_en', 'name in English'),
      field('name_fr', 'name in French'),
      field('lead', 'leading state or organisation'),
      field('contributors', 'contributing states named by the sources'),
      field('from', 'start in Mali'),
      field('to', 'end in Mali, as the sources give it'),
      field('note_en', 'figures and what the dates stand for (English)'),
      field('note_fr', 'figures and what the dates stand for (French)'),
      SOURCES_FIELD,
    ],
    rows: context.presences.map((p) => [
      p.id,
      p.name.en,
      p.name.fr,
      p.lead,
      p.contributors.join(' '),
      p.from,
      p.to ?? '',
      en(p.note),
      fr(p.note),
      ids(p.sources),
    ]),
  };
}

function sourcesTable(sources: readonly CatalogueSource[]): Table {
  return {
    name: 'sources',
    title: 'Sources',
    fields: [
      field('id', 'the id the other tables cite'),
      field('title', 'title as published'),
      field('publisher', 'publisher, or author'),
      field(
        'kind',
        'primary, organisation, government, agency, newspaper, broadcaster, academic, encyclopedia or other',
      ),
      field('language', 'ISO 639 language code'),
      field('published', 'publication date, where known'),
      field('url', 'address, where there is one'),
      field('accessed', 'the day it was read', 'date'),
      field('note_en', 'why it is cited (English)'),
      field('note_fr', 'why it is cited (French)'),
    ],
    rows: sources.map((s) => [
      s.id,
      s.title,
      s.publisher,
      s.kind,
      s.language,
      s.published ?? '',
      s.url ?? '',
      s.accessed,
      en(s.note),
      fr(s.note),
    ]),
  };
}

export interface DatasetTables {
  events: readonly AtlasEvent[];
  countries: readonly Country[];
  context: ContextFile;
  /** The whole catalogue, in its order. */
  sources: readonly CatalogueSource[];
}

export function datasetTables(data: DatasetTables): Table[] {
  return [
    eventsTable(data.events),
    countriesTable(data.countries),
    periodsTable(data.countries),
    organisationsTable(data.context),
    membershipsTable(data.context),
    presencesTable(data.context),
    sourcesTable(data.sources),
  ];
}

/**
 * Stem of every download: the dataset, its version and release date, so that even a CSV file,
 * which has no room for metadata, says where and when it comes from.
 */
export const downloadStem = (dataset: DatasetInfo) =>
  `mali-relations-atlas-${dataset.version}-${dataset.released}`;

/** The Frictionless Data Package descriptor (datapackage.json) for the CSV tables. */
export function dataPackage(tables: readonly Table[], dataset: DatasetInfo): object {
  return {
    profile: 'tabular-data-package',
    name: 'mali-relations-atlas',
    title: dataset.title,
    version: dataset.version,
    created: `${dataset.released}T00:00:00Z`,
    licenses: [{ name: dataset.licenceId, title: dataset.licence, path: dataset.licenceUrl }],
    resources: tables.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      title: table.title,
      path: `${table.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: table.fields },
    })),
  };
}
