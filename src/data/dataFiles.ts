/**
 * Loading a data file: fetch, check the response, parse with the file's schema. A failure names
 * the file, the first invalid record and its field, so a reader (or the person who edited data/)
 * knows exactly what to fix.
 */
import type { z } from 'zod';

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

export async function fetchDataFile<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}data/${file}`);
  } catch {
    throw new DataFileError(file, 'the network request failed');
  }
  if (!response.ok) throw new DataFileError(file, `the server answered ${String(response.status)}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataFileError(file, 'it is not valid JSON');
  }
  return parseDataFile(file, json, schema);
}
