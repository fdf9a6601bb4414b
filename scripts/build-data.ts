/**
 * Validates data/ with the app's own schemas and the cross-file checks, adds what packages
 * know better than we do (country names in English and French, capitals, shapes), and writes the
 * files the browser fetches to public/data/. Any error names the file, the record and the field,
 * and nothing is written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import isoCountries from 'i18n-iso-countries';
import { z } from 'zod';
import { describeFirstIssue } from '../src/data/dataFiles.ts';
import { checkShippedFiles } from '../src/data/shippedFiles.ts';
import { checkIntegrity } from '../src/data/integrity.ts';
import {
  countriesFileSchema,
  countriesInputFileSchema,
  datasetInfoSchema,
  eraSchema,
  eventsFileSchema,
  organisationSchema,
  presenceSchema,
  sourcesFileSchema,
  type AtlasEvent,
  type CatalogueSource,
  type ShippedSourcesFile,
  type ContextFile,
  type CountriesFile,
  type Localized,
  type Story,
  storySchema,
} from '../src/data/schemas.ts';
import { readerTextProblem, sourceProblems } from '../src/data/sourcePolicy.ts';
import { resolveSourceRefs, toSourceRefs } from '../src/data/sourceRefs.ts';
import {
  dataPackage,
  datasetTables,
  downloadStem,
  tableToCsv,
  tableToJson,
} from '../src/data/tables.ts';
import { buildLabelPoints, buildShapes, capitalOf } from './build-geometry.ts';
import { isEntryPoint } from './isEntryPoint.ts';
import { writeShippedDigests } from './shippedDigests.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'data');
const outDir = join(root, 'public', 'data');

const require = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
isoCountries.registerLocale(
  require(join(root, 'node_modules/i18n-iso-countries/langs/en.json')) as isoCountries.LocaleData,
);
isoCountries.registerLocale(
  require(join(root, 'node_modules/i18n-iso-countries/langs/fr.json')) as isoCountries.LocaleData,
);

/**
 * Where the library's short name is not the one a reader expects (a comma-inverted form, or a
 * French form that differs from the usual press usage), this says so.
 */
const NAME_OVERRIDES: Record<string, Partial<Localized>> = {
  CIV: { fr: 'Côte d’Ivoire' },
  USA: { fr: 'États-Unis' },
  GBR: { en: 'United Kingdom' },
  CZE: { fr: 'Tchéquie' },
  XKX: { en: 'Kosovo', fr: 'Kosovo' },
};

function countryName(iso3: string): Localized {
  const alpha2 = isoCountries.alpha3ToAlpha2(iso3);
  const pick = (lang: 'en' | 'fr') => {
    if (!alpha2) return undefined;
    const alias = isoCountries.getName(alpha2, lang, { select: 'alias' });
    return alias && !alias.includes(',') ? alias : isoCountries.getName(alpha2, lang);
  };
  const en = NAME_OVERRIDES[iso3]?.en ?? pick('en');
  const fr = NAME_OVERRIDES[iso3]?.fr ?? pick('fr');
  if (!en || !fr) throw new Error(`countries.json: record "${iso3}": no name known for this code`);
  return { en: en.replace(/'/g, '’'), fr: fr.replace(/'/g, '’') };
}

class DataError extends Error {}

function readJson(path: string): unknown {
  const file = path.slice(dataDir.length + 1);
  if (!existsSync(path)) throw new DataError(`${file}: file is missing`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DataError(`${file}: not valid JSON (${error instanceof Error ? error.message : ''})`);
  }
}

/** The catalogue, checked entry by entry against what the dataset accepts as evidence. */
function loadCatalogue(): CatalogueSource[] {
  const path = join(dataDir, 'sources.json');
  const json = readJson(path);
  const result = sourcesFileSchema.safeParse(json);
  if (!result.success)
    throw new DataError(`sources.json: ${describeFirstIssue(json, result.error)}`);
  const problems: string[] = [];
  const ids = new Set<string>();
  const urls = new Map<string, string>();
  for (const source of result.data.sources) {
    const where = `sources.json: record "${source.id}"`;
    if (ids.has(source.id)) problems.push(`${where}: duplicate id`);
    ids.add(source.id);
    if (source.url) {
      const other = urls.get(source.url);
      if (other) problems.push(`${where}: same URL as "${other}"; describe a source once`);
      urls.set(source.url, source.id);
    }
    for (const problem of sourceProblems(source)) problems.push(`${where}: ${problem}`);
    const noteProblem = source.note && readerTextProblem(source.note);
    if (noteProblem) problems.push(`${where}, field "note": ${noteProblem}`);
  }
  if (problems.length > 0) throw new DataError(problems.join('\n  - '));
  return result.data.sources;
}

/** Every {en, fr} text in a record: what readers see. */
function readerTextProblems(file: string, json: unknown): string[] {
  const problems: string[] = [];
  const walk = (node: unknown, record: string, path: string[]) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, record, [...path, String(i)]));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const object = node as Record<string, unknown>;
    if (typeof object.en === 'string' && typeof object.fr === 'string') {
      const problem = readerTextProblem({ en: object.en, fr: object.fr });
      if (problem) problems.push(`${file}: ${record}, field "${path.join('.')}": ${problem}`);
      return;
    }
    const id = object.id ?? object.iso3;
    const [here, base] = typeof id === 'string' ? [`record "${id}"`, []] : [record, path];
    for (const [key, value] of Object.entries(object)) {
      if (key !== 'sources') walk(value, here, [...base, key]);
    }
  };
  walk(json, 'file', []);
  return problems;
}

interface Reader {
  parse: <T>(path: string, schema: z.ZodType<T>) => T;
  problems: string[];
  cited: Set<string>;
}

/** Reads data files: resolves their source references, checks reader texts, then the schema. */
function reader(catalogue: readonly CatalogueSource[]): Reader {
  const byId = new Map(catalogue.map((s) => [s.id, s]));
  const problems: string[] = [];
  const cited = new Set<string>();
  return {
    problems,
    cited,
    parse: <T>(path: string, schema: z.ZodType<T>): T => {
      const file = path.slice(dataDir.length + 1);
      const raw = readJson(path);
      problems.push(...readerTextProblems(file, raw));
      const resolved = resolveSourceRefs(file, raw, byId);
      for (const id of resolved.cited) cited.add(id);
      if (resolved.problems.length > 0) {
        problems.push(...resolved.problems);
        throw new DataError(problems.join('\n  - '));
      }
      const result = schema.safeParse(resolved.value);
      if (!result.success) {
        throw new DataError(`${file}: ${describeFirstIssue(resolved.value, result.error)}`);
      }
      return result.data;
    },
  };
}

export interface BuiltData {
  events: AtlasEvent[];
  countries: CountriesFile;
  context: ContextFile;
  stories: Story[];
  /** The whole catalogue, every entry cited somewhere. */
  sources: CatalogueSource[];
}

/** Reads and checks data/; throws a DataError naming the file, record and field. */
export function loadData(): BuiltData {
  const sources = loadCatalogue();
  const { parse, problems, cited } = reader(sources);
  const dataset = (() => {
    const json = readJson(join(dataDir, 'dataset.json'));
    const result = datasetInfoSchema.safeParse(json);
    if (!result.success)
      throw new DataError(`dataset.json: ${describeFirstIssue(json, result.error)}`);
    return result.data;
  })();
  const eventsDir = join(dataDir, 'events');
  const events = readdirSync(eventsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => parse(join(eventsDir, name), eventsFileSchema).events);
  const input = parse(join(dataDir, 'countries.json'), countriesInputFileSchema);
  const countries = countriesFileSchema.parse({
    historicalCodes: input.historicalCodes,
    countries: input.countries.map((country) => {
      const capital = capitalOf(country.iso3);
      return { ...country, name: countryName(country.iso3), ...(capital ? { capital } : {}) };
    }),
  });
  const context: ContextFile = {
    dataset,
    organisations: parse(
      join(dataDir, 'organisations.json'),
      z.object({ organisations: z.array(organisationSchema) }).strict(),
    ).organisations,
    presences: parse(
      join(dataDir, 'presences.json'),
      z.object({ presences: z.array(presenceSchema) }).strict(),
    ).presences,
    eras: parse(join(dataDir, 'eras.json'), z.object({ eras: z.array(eraSchema) }).strict()).eras,
  };
  const storiesDir = join(dataDir, 'stories');
  const stories = existsSync(storiesDir)
    ? readdirSync(storiesDir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => parse(join(storiesDir, name), storySchema))
    : [];
  for (const source of sources) {
    if (!cited.has(source.id)) {
      problems.push(`sources.json: record "${source.id}": listed but never cited`);
    }
  }
  if (problems.length > 0) throw new DataError(problems.join('\n  - '));
  return { events, countries, context, stories, sources };
}

/** Every table as CSV and JSON, the Data Package, and all of it as one zip, named by version. */
export function writeDownloads(data: BuiltData, dir: string): string[] {
  const { dataset } = data.context;
  if (!dataset) throw new DataError('dataset.json: missing');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const stem = downloadStem(dataset);
  const tables = datasetTables({ ...data, countries: data.countries.countries });
  const zipped: Record<string, Uint8Array> = {};
  const written: string[] = [];
  for (const table of tables) {
    const csv = tableToCsv(table);
    writeFileSync(join(dir, `${stem}-${table.name}.csv`), csv);
    writeFileSync(join(dir, `${stem}-${table.name}.json`), tableToJson(table, dataset));
    zipped[`${stem}/${table.name}.csv`] = strToU8(csv);
    written.push(`${stem}-${table.name}.csv`, `${stem}-${table.name}.json`);
  }
  zipped[`${stem}/datapackage.json`] = strToU8(
    `${JSON.stringify(dataPackage(tables, dataset), null, 2)}\n`,
  );
  zipped[`${stem}/LICENSE.txt`] = readFileSync(join(dataDir, 'LICENSE'));
  writeFileSync(join(dir, `${stem}-datapackage.zip`), zipSync(zipped, { mtime: dataset.released }));
  written.push(`${stem}-datapackage.zip`);
  return written;
}

function main(): void {
  const started = performance.now();
  let data: BuiltData;
  try {
    data = loadData();
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`data:build failed:\n  - ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const shapes = buildShapes();
  const labels = buildLabelPoints(shapes);
  const problems = checkIntegrity({
    ...data,
    shapeCodes: new Set(shapes.features.map((f) => f.properties.iso3)),
  });
  if (problems.length > 0) {
    console.error(`data:build failed with ${String(problems.length)} problem(s):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  // Records ship with references; the catalogue ships once, beside them, each entry referred to
  // by its place in the list.
  const shippedIds = new Map(data.sources.map((source, i) => [source.id, String(i)]));
  const written = new Map<string, string>();
  const write = (name: string, value: unknown) => {
    const text = JSON.stringify(value);
    written.set(name, text);
    writeFileSync(join(outDir, name), text);
  };
  const writeCiting = (name: string, value: unknown) =>
    write(name, toSourceRefs(value, shippedIds));
  writeCiting('events.json', { events: data.events });
  writeCiting('countries.json', data.countries);
  writeCiting('context.json', data.context);
  writeCiting('stories.json', { stories: data.stories });
  const shipped: ShippedSourcesFile = {
    sources: data.sources.map(({ title, publisher, kind, language, published, url, note }) => ({
      title,
      publisher,
      kind,
      language,
      ...(published ? { published } : {}),
      ...(url ? { url } : {}),
      ...(note ? { note } : {}),
    })),
  };
  write('sources.json', shipped);
  const downloads = writeDownloads(data, join(outDir, 'downloads'));
  write('shapes.json', shapes);
  write('labels.json', labels);
  // The page takes a file this build checked as it is (scripts/shippedDigests.ts): each must read
  // back, the page's way, exactly as it was written. Their digests go to the page's build.
  const shippedProblems = checkShippedFiles(written).problems;
  if (shippedProblems.length > 0) {
    console.error(`data:build failed: the shipped files do not read back as written:`);
    for (const problem of shippedProblems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  writeShippedDigests(written);
  console.log(
    `data:build: ${String(data.events.length)} events, ${String(data.countries.countries.length)} countries, ` +
      `${String(data.context.organisations.length)} organisations, ${String(data.stories.length)} stories, ` +
      `${String(data.sources.length)} sources, ${String(downloads.length)} downloads, ` +
      `${String(shapes.features.length)} shapes ` +
      `→ public/data/ in ${String(Math.round(performance.now() - started))} ms`,
  );
}

if (isEntryPoint(import.meta.url)) main();
