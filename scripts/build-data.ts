/**
 * Validates data/ with the app's own schemas and the cross-file checks, adds what packages
 * know better than we do (country names in English and French, capitals, shapes), and writes the
 * files the browser fetches to public/data/. Any error names the file, the record and the field,
 * and nothing is written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import isoCountries from 'i18n-iso-countries';
import { z } from 'zod';
import { describeFirstIssue } from '../src/data/dataFiles.ts';
import { checkIntegrity } from '../src/data/integrity.ts';
import {
  countriesFileSchema,
  countriesInputFileSchema,
  eraSchema,
  eventsFileSchema,
  organisationSchema,
  presenceSchema,
  type AtlasEvent,
  type ContextFile,
  type CountriesFile,
  type Localized,
  type Story,
  storySchema,
} from '../src/data/schemas.ts';
import { buildLabelPoints, buildShapes, capitalOf } from './build-geometry.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'data');
const outDir = join(root, 'public', 'data');
const seedsDir = resolve(root, '..', 'shared', 'seeds');

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

function parse<T>(path: string, schema: z.ZodType<T>): T {
  const json = readJson(path);
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new DataError(
      `${path.slice(dataDir.length + 1)}: ${describeFirstIssue(json, result.error)}`,
    );
  }
  return result.data;
}

export interface BuiltData {
  events: AtlasEvent[];
  countries: CountriesFile;
  context: ContextFile;
  stories: Story[];
}

/** Reads and checks data/; throws a DataError naming the file, record and field. */
export function loadData(): BuiltData {
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
  return { events, countries, context, stories };
}

function seedFileNames(): Set<string> | undefined {
  return existsSync(seedsDir) ? new Set(readdirSync(seedsDir)) : undefined;
}

function main(): void {
  const started = performance.now();
  let data: BuiltData;
  try {
    data = loadData();
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`data:build failed: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const shapes = buildShapes();
  const labels = buildLabelPoints(shapes);
  const seedFiles = seedFileNames();
  const problems = checkIntegrity({
    ...data,
    shapeCodes: new Set(shapes.features.map((f) => f.properties.iso3)),
    ...(seedFiles ? { seedFiles } : {}),
  });
  if (problems.length > 0) {
    console.error(`data:build failed with ${String(problems.length)} problem(s):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  const write = (name: string, value: unknown) =>
    writeFileSync(join(outDir, name), JSON.stringify(value));
  write('events.json', { events: data.events });
  write('countries.json', data.countries);
  write('context.json', data.context);
  write('stories.json', { stories: data.stories });
  write('shapes.json', shapes);
  write('labels.json', labels);
  console.log(
    `data:build: ${String(data.events.length)} events, ${String(data.countries.countries.length)} countries, ` +
      `${String(data.context.organisations.length)} organisations, ${String(data.stories.length)} stories, ` +
      `${String(shapes.features.length)} shapes ` +
      `→ public/data/ in ${String(Math.round(performance.now() - started))} ms`,
  );
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) main();
