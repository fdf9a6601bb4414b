/**
 * The files the atlas ships (public/data/), read the way the page reads them: the catalogue
 * first, each citing file resolved against it, every file parsed with the schema the page uses.
 * A file passes when zod accepts it and gives back exactly what it was given, so the page may
 * take the file as it is, without parsing it again (see `checkedAtBuild` in dataFiles.ts). Run
 * in Node by the data build, which fails unless every file passes and gives the page the
 * digests of what it checked (scripts/shippedDigests.ts).
 */
import type { z } from 'zod';
import { DATA_FILES } from './dataFileNames';
import { labelsFileSchema, shapesFileSchema } from './geoSchemas';
import {
  contextFileSchema,
  countriesFileSchema,
  eventsFileSchema,
  shippedSourcesFileSchema,
  storiesFileSchema,
} from './schemas';
import { resolveSourceRefs, shippedCatalogue } from './sourceRefs';

/** Each shipped file with the schema the page checks it with, and whether it cites sources. */
const SHIPPED: readonly { file: string; schema: z.ZodType; cites: boolean }[] = [
  { file: DATA_FILES.events, schema: eventsFileSchema, cites: true },
  { file: DATA_FILES.countries, schema: countriesFileSchema, cites: true },
  { file: DATA_FILES.context, schema: contextFileSchema, cites: true },
  { file: DATA_FILES.stories, schema: storiesFileSchema, cites: true },
  { file: DATA_FILES.shapes, schema: shapesFileSchema, cites: false },
  { file: DATA_FILES.labels, schema: labelsFileSchema, cites: false },
];

/** Is `a` the same JSON value as `b`, whatever the order of their keys? */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(b).length &&
    aKeys.every(
      (key) => key in bRecord && sameJson((a as Record<string, unknown>)[key], bRecord[key]),
    )
  );
}

export interface ShippedCheck {
  /** Files the page may take as they are. */
  passed: string[];
  /** What is wrong with the others, one line each, naming the file. */
  problems: string[];
}

/**
 * Reads the shipped files (`texts`: file name to its text) as the page does. A citing file can
 * only pass with a catalogue that passed: its references are resolved against it.
 */
export function checkShippedFiles(texts: ReadonlyMap<string, string>): ShippedCheck {
  const passed: string[] = [];
  const problems: string[] = [];
  const read = (
    file: string,
    schema: z.ZodType,
    resolve: (json: unknown) => { value: unknown; problems: string[] } = (value) => ({
      value,
      problems: [],
    }),
  ) => {
    const text = texts.get(file);
    if (text === undefined) {
      problems.push(`${file}: missing`);
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      problems.push(`${file}: not valid JSON`);
      return undefined;
    }
    const { value, problems: unresolved } = resolve(json);
    const result = schema.safeParse(value);
    if (unresolved.length > 0) {
      problems.push(...unresolved);
    } else if (!result.success) {
      problems.push(`${file}: does not pass its schema (${result.error.issues[0]?.message ?? ''})`);
    } else if (!sameJson(result.data, value)) {
      problems.push(`${file}: its schema changes it (a default, a trimmed text or a stray field)`);
    } else {
      passed.push(file);
      return result.data;
    }
    return undefined;
  };

  const sources = read(DATA_FILES.sources, shippedSourcesFileSchema);
  const catalogue =
    sources === undefined ? undefined : shippedCatalogue(shippedSourcesFileSchema.parse(sources));
  for (const { file, schema, cites } of SHIPPED) {
    if (!cites) {
      read(file, schema);
      continue;
    }
    if (!catalogue) {
      problems.push(`${file}: not checked, the catalogue did not pass`);
      continue;
    }
    read(file, schema, (json) => resolveSourceRefs(file, json, catalogue));
  }
  return { passed, problems };
}
