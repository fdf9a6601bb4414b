/**
 * Validates hand-written data files against their schema and prints every problem with its
 * record id and field: `npx tsx scripts/check-data-file.ts data/events/1960-2011.json`. Source
 * references are resolved against data/sources.json first, as the build does.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  countriesInputFileSchema,
  datasetInfoSchema,
  eraSchema,
  eventsFileSchema,
  organisationSchema,
  presenceSchema,
  sourcesFileSchema,
  storySchema,
} from '../src/data/schemas.ts';
import { sourceProblems } from '../src/data/sourcePolicy.ts';
import { resolveSourceRefs } from '../src/data/sourceRefs.ts';

const catalogueFile = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '..'),
  'data',
  'sources.json',
);

const schemaFor = (path: string): z.ZodType => {
  if (basename(dirname(path)) === 'events') return eventsFileSchema;
  if (basename(dirname(path)) === 'stories') return storySchema;
  switch (basename(path)) {
    case 'countries.json':
      return countriesInputFileSchema;
    case 'organisations.json':
      return z.object({ organisations: z.array(organisationSchema) }).strict();
    case 'presences.json':
      return z.object({ presences: z.array(presenceSchema) }).strict();
    case 'eras.json':
      return z.object({ eras: z.array(eraSchema) }).strict();
    case 'sources.json':
      return sourcesFileSchema;
    case 'dataset.json':
      return datasetInfoSchema;
    default:
      throw new Error(`No schema for ${path}`);
  }
};

const catalogueJson: unknown = JSON.parse(readFileSync(catalogueFile, 'utf8'));
const catalogueResult = sourcesFileSchema.safeParse(catalogueJson);
if (!catalogueResult.success) {
  // Without a catalogue no reference can be checked: say what is wrong with it, and stop.
  for (const issue of catalogueResult.error.issues) {
    console.log(`data/sources.json: ${issue.path.join('.')}: ${issue.message}`);
  }
  process.exit(1);
}
const catalogue = catalogueResult.data;
const byId = new Map(catalogue.sources.map((s) => [s.id, s]));

for (const path of process.argv.slice(2)) {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const isCatalogue = ['sources.json', 'dataset.json'].includes(basename(path));
  const resolved = isCatalogue ? { value: raw, problems: [] } : resolveSourceRefs(path, raw, byId);
  const problems = [...resolved.problems];
  const result = schemaFor(path).safeParse(resolved.value);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  if (basename(path) === 'sources.json') {
    for (const source of catalogue.sources) {
      for (const problem of sourceProblems(source))
        problems.push(`${path}: record "${source.id}": ${problem}`);
    }
  }
  if (problems.length === 0) console.log(`${path}: valid`);
  for (const problem of problems) console.log(problem);
  if (problems.length > 0) process.exitCode = 1;
}
