/**
 * Loading a data file: fetch, check the response, parse with the file's schema. A failure names
 * the file, the first invalid record and its field, so a reader (or the person who edited data/)
 * knows exactly what to fix. A file whose bytes are those this build checked with the same
 * schemas (digests given by startData.ts) is taken as it is: zod's first pass over the files
 * cost about 60 ms of the page's thread between their arrival and the first screen
 * (docs/performance.md).
 */
import { z } from 'zod';
import { DATA_FILES } from './dataFileNames';
import { shippedSourcesFileSchema, type Source } from './schemas';
import { resolveSourceRefs, shippedCatalogue } from './sourceRefs';

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataFileError';
  }
}

/** Describes the first zod issue as "record <id>, field <path>: <message>". */
export function describeFirstIssue(json: unknown, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const path = issue.path.map(String);
  // Paths look like ["events", "12", "date"]: name the record by its id when it has one.
  let record: unknown = json;
  let recordLabel = '';
  let depth = 0;
  for (const [index, key] of path.entries()) {
    if (record === null || typeof record !== 'object') break;
    record = (record as Record<string, unknown>)[key];
    if (/^\d+$/.test(key) && record !== null && typeof record === 'object') {
      const id = (record as Record<string, unknown>).id ?? (record as Record<string, unknown>).iso3;
      recordLabel = typeof id === 'string' ? `record "${id}"` : `record #${key}`;
      depth = index + 1;
    }
  }
  const field = path.slice(depth).join('.') || path.join('.');
  return [recordLabel, field ? `field "${field}"` : '', issue.message].filter(Boolean).join(', ');
}

export function parseDataFile<T>(file: string, json: unknown, schema: z.ZodType<T>): T {
  const result = schema.safeParse(json);
  if (!result.success) throw new DataFileError(file, describeFirstIssue(json, result.error));
  return result.data;
}

/** A data file as it arrived. */
export interface LoadedFile {
  json: unknown;
  /**
   * The build read these very bytes with the page's schemas and got them back unchanged
   * (src/data/shippedFiles.ts): parsing them again could only give the same value.
   */
  checkedAtBuild: boolean;
}

/**
 * Are `bytes` the file this build checked? False where the page cannot tell: no digest for the
 * file, or no Web Crypto (a page served over plain HTTP from another host), and the file is
 * then checked in the page.
 */
export async function isCheckedAtBuild(
  file: string,
  bytes: ArrayBuffer,
  digests: Readonly<Record<string, string>>,
): Promise<boolean> {
  const expected = digests[file];
  if (expected === undefined || typeof crypto === 'undefined' || !('subtle' in crypto)) {
    return false;
  }
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    let hex = '';
    for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
    return hex === expected;
  } catch {
    return false;
  }
}

/** A data file's JSON; a failure names the file and what went wrong. */
async function loadJson(file: string): Promise<LoadedFile> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}data/${file}`);
  } catch {
    throw new DataFileError(file, 'the network request failed');
  }
  if (!response.ok) throw new DataFileError(file, `the server answered ${String(response.status)}`);
  let bytes: ArrayBuffer;
  let json: unknown;
  try {
    bytes = await response.arrayBuffer();
    json = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new DataFileError(file, 'it is not valid JSON');
  }
  return { json, checkedAtBuild: await isCheckedAtBuild(file, bytes, checkedDigests) };
}

/**
 * The file's content as its schema's type: taken as it is when the build checked these bytes
 * with the same schema (zod would give back the same value), otherwise parsed now.
 */
export function checkLoaded<T>(file: string, loaded: LoadedFile, schema: z.ZodType<T>): T {
  return loaded.checkedAtBuild ? (loaded.json as T) : parseDataFile(file, loaded.json, schema);
}

const started = new Map<string, Promise<LoadedFile>>();
/** File name to the SHA-256 of the bytes the build checked; none outside the page (tests). */
let checkedDigests: Readonly<Record<string, string>> = {};

/**
 * Starts loading data files as the page's script starts, before React has rendered anything
 * that asks for them (about 400 ms earlier on this machine, measured by npm run bench). The
 * first read of each file takes what was started; a retry loads it again. `digests` are those of
 * the files the build checked (scripts/shippedDigests.ts).
 */
export function startLoading(
  files: readonly string[],
  digests: Readonly<Record<string, string>> = {},
): void {
  checkedDigests = digests;
  for (const file of files) {
    if (started.has(file)) continue;
    const loading = loadJson(file);
    // Read, and reported, by the file's query.
    loading.catch(() => undefined);
    started.set(file, loading);
  }
}

function takeJson(file: string): Promise<LoadedFile> {
  const loading = started.get(file);
  if (!loading) return loadJson(file);
  started.delete(file);
  return loading;
}

export async function fetchDataFile<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  return checkLoaded(file, await takeJson(file), schema);
}

interface Catalogue {
  entries: ReadonlyMap<string, Source>;
  /** The catalogue the build resolved the other files against, byte for byte. */
  checkedAtBuild: boolean;
}

let catalogue: Promise<Catalogue> | undefined;

function takeCatalogue(): Promise<Catalogue> {
  catalogue ??= takeJson(DATA_FILES.sources).then(
    (loaded) => ({
      entries: shippedCatalogue(checkLoaded(DATA_FILES.sources, loaded, shippedSourcesFileSchema)),
      checkedAtBuild: loaded.checkedAtBuild,
    }),
    (error: unknown) => {
      catalogue = undefined;
      throw error;
    },
  );
  return catalogue;
}

/** The source catalogue, loaded once for every file that cites it; a failure is retried. */
export async function loadCatalogue(): Promise<ReadonlyMap<string, Source>> {
  return (await takeCatalogue()).entries;
}

/**
 * A file whose records cite sources by id, with each reference replaced by its catalogue entry.
 * A reference to an unknown id is left as it is, so the record's schema check names it. The
 * build's check holds only for the file resolved against the catalogue the build checked.
 */
export async function fetchCitingFile(file: string): Promise<LoadedFile> {
  const [loaded, sources] = await Promise.all([takeJson(file), takeCatalogue()]);
  const resolved = resolveSourceRefs(file, loaded.json, sources.entries);
  return {
    json: resolved.value,
    checkedAtBuild:
      loaded.checkedAtBuild && sources.checkedAtBuild && resolved.problems.length === 0,
  };
}

export async function fetchCitingDataFile<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  return checkLoaded(file, await fetchCitingFile(file), schema);
}

export interface LoadedRecords<T> {
  records: T[];
  /** Records left out, each named by file, record and field. */
  problems: string[];
}

/**
 * Reads a file's records one by one: a record that breaks the schema is left out and reported,
 * so one bad entry never hides the rest of the atlas.
 */
export function parseRecords<T>(
  file: string,
  records: unknown[],
  schema: z.ZodType<T>,
): LoadedRecords<T> {
  const kept: T[] = [];
  const problems: string[] = [];
  for (const [i, record] of records.entries()) {
    const result = schema.safeParse(record);
    if (result.success) {
      kept.push(result.data);
      continue;
    }
    const wrapped = { records: [record] };
    const issue = result.error.issues[0];
    const shifted = issue
      ? new z.ZodError([{ ...issue, path: ['records', 0, ...issue.path] }])
      : result.error;
    const detail = describeFirstIssue(wrapped, shifted).replace(
      'record #0',
      `record #${String(i)}`,
    );
    problems.push(`${file}: ${detail} (left out)`);
  }
  return { records: kept, problems };
}
