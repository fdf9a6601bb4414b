/**
 * Validates one hand-written data file against its schema and prints every problem with its
 * record id and field: `npx tsx scripts/check-data-file.ts data/events/1960-2011.json`.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import {
  countriesInputFileSchema,
  eraSchema,
  eventsFileSchema,
  organisationSchema,
  presenceSchema,
  storySchema,
} from '../src/data/schemas.ts';

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
    default:
      throw new Error(`No schema for ${path}`);
  }
};

for (const path of process.argv.slice(2)) {
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const result = schemaFor(path).safeParse(json);
  if (result.success) {
    console.log(`${path}: valid`);
    continue;
  }
  for (const issue of result.error.issues) {
    console.log(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  process.exitCode = 1;
}
