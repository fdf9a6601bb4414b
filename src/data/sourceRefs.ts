/**
 * data/ cites sources by catalogue id ({ "source": "rfi-2013-serval", "locator": "para. 2" }), and
 * so do the files the atlas ships, beside one copy of the catalogue (each source travels once).
 * The build and the page replace each reference with the entry it names before checking a file
 * with its schema. Every problem names the file, the record and the field.
 */
import type { ShippedSourcesFile, Source } from './schemas';
import { SEED_FILE_NAME } from './sourcePolicy';

export interface ResolvedSources<T> {
  value: T;
  problems: string[];
  /** Ids of the catalogue entries that were cited. */
  cited: Set<string>;
}

/**
 * A reference's shape: a source id, and a locator if any, nothing else (a source written out in
 * full is refused). The record's own schema then checks the locator, once it is resolved. A
 * plain test rather than a zod parse: the page resolves about 1,100 references as it loads.
 */
function asReference(item: unknown): { source: string; locator?: string } | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const { source, locator, ...rest } = item as Record<string, unknown>;
  if (typeof source !== 'string' || Object.keys(rest).length > 0) return undefined;
  return typeof locator === 'string' ? { source, locator } : { source };
}

/** A record is named by its id (events, organisations…) or its ISO code (countries). */
function recordLabel(node: Record<string, unknown>): string | undefined {
  const id = node.id ?? node.iso3;
  return typeof id === 'string' ? `record "${id}"` : undefined;
}

/**
 * Resolves every `sources` array of `json`, in place. A reference to an unknown id, a seed file
 * name, or a source written out in full instead of cited by id is a problem.
 */
export function resolveSourceRefs<T>(
  file: string,
  json: T,
  catalogue: ReadonlyMap<string, Source>,
): ResolvedSources<T> {
  const problems: string[] = [];
  const cited = new Set<string>();

  // `where` names the place for a problem; it is only written when there is one.
  const resolveItem = (where: () => string, item: unknown): unknown => {
    const ref = asReference(item);
    if (!ref) {
      problems.push(
        SEED_FILE_NAME.test(JSON.stringify(item))
          ? `${where()}: cites a seed by file name; cite the public document it is`
          : `${where()}: must be { "source": "<catalogue id>", "locator"?: "…" }`,
      );
      return item;
    }
    const entry = catalogue.get(ref.source);
    if (!entry) {
      problems.push(`${where()}: unknown source id "${ref.source}"`);
      return item;
    }
    if (ref.locator && SEED_FILE_NAME.test(ref.locator)) {
      problems.push(`${where()}: the locator names a seed file`);
    }
    cited.add(entry.id);
    // The entry itself is shared by every fact that cites it; a locator makes a copy.
    return ref.locator ? { ...entry, locator: ref.locator } : entry;
  };

  // The file was just parsed and belongs to the caller alone: its `sources` lists are replaced
  // where they stand rather than the whole tree copied.
  const walk = (node: unknown, record: string, path: string[]): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, record, [...path, String(i)]));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const object = node as Record<string, unknown>;
    const label = recordLabel(object);
    const [here, base] = label ? [label, []] : [record, path];
    for (const [key, value] of Object.entries(object)) {
      const fieldPath = [...base, key];
      if (key === 'sources' && Array.isArray(value)) {
        const at = (path: string[]) =>
          `${file}: ${[here, `field "${path.join('.')}"`].filter(Boolean).join(', ')}`;
        if (value.length === 0) problems.push(`${at(fieldPath)}: needs at least one source`);
        object[key] = value.map((item: unknown, i) =>
          resolveItem(() => at([...fieldPath, String(i)]), item),
        );
      } else {
        walk(value, here, fieldPath);
      }
    }
  };

  walk(json, '', []);
  return { value: json, problems, cited };
}

/**
 * The other way, for the files the atlas ships: every resolved source back to a reference, by
 * its place in the shipped catalogue (`shippedIds` maps catalogue ids to it).
 */
export function toSourceRefs<T>(value: T, shippedIds: ReadonlyMap<string, string>): T {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      out[key] =
        key === 'sources' && Array.isArray(child)
          ? child.map((item: unknown) => {
              const { id, locator } = item as { id: string; locator?: string };
              const source = shippedIds.get(id) ?? id;
              return locator ? { source, locator } : { source };
            })
          : walk(child);
    }
    return out;
  };
  return walk(value) as T;
}

/** The shipped catalogue as the lookup the resolver takes: each entry's place is its id. */
export function shippedCatalogue(file: ShippedSourcesFile): Map<string, Source> {
  return new Map(
    file.sources.map((entry, i) => {
      const id = String(i);
      return [id, { ...entry, id }];
    }),
  );
}
