/**
 * data/ cites sources by catalogue id ({ "source": "rfi-2013-serval", "locator": "para. 2" }).
 * The build replaces each reference with the catalogue entry it names, so the shipped files are
 * self-contained. Every problem names the file, the record and the field.
 */
import type { ShippedSourcesFile, Source } from './schemas';
import { sourceRefSchema } from './schemas';
import { SEED_FILE_NAME } from './sourcePolicy';

export interface ResolvedSources<T> {
  value: T;
  problems: string[];
  /** Ids of the catalogue entries that were cited. */
  cited: Set<string>;
}

/** A record is named by its id (events, organisations…) or its ISO code (countries). */
function recordLabel(node: Record<string, unknown>): string | undefined {
  const id = node.id ?? node.iso3;
  return typeof id === 'string' ? `record "${id}"` : undefined;
}

/**
 * Walks `json` and resolves every `sources` array. A reference to an unknown id, a seed file
 * name, or a source written out in full instead of cited by id is a problem.
 */
export function resolveSourceRefs<T>(
  file: string,
  json: T,
  catalogue: ReadonlyMap<string, Source>,
): ResolvedSources<T> {
  const problems: string[] = [];
  const cited = new Set<string>();

  const resolveItem = (where: string, item: unknown): unknown => {
    const ref = sourceRefSchema.safeParse(item);
    if (!ref.success) {
      problems.push(
        SEED_FILE_NAME.test(JSON.stringify(item))
          ? `${where}: cites a seed by file name; cite the public document it is`
          : `${where}: must be { "source": "<catalogue id>", "locator"?: "…" }`,
      );
      return item;
    }
    const entry = catalogue.get(ref.data.source);
    if (!entry) {
      problems.push(`${where}: unknown source id "${ref.data.source}"`);
      return item;
    }
    if (ref.data.locator && SEED_FILE_NAME.test(ref.data.locator)) {
      problems.push(`${where}: the locator names a seed file`);
    }
    cited.add(entry.id);
    return ref.data.locator ? { ...entry, locator: ref.data.locator } : { ...entry };
  };

  const walk = (node: unknown, record: string, path: string[]): unknown => {
    if (Array.isArray(node)) {
      return node.map((child, i) => walk(child, record, [...path, String(i)]));
    }
    if (node === null || typeof node !== 'object') return node;
    const object = node as Record<string, unknown>;
    const label = recordLabel(object);
    const [here, base] = label ? [label, []] : [record, path];
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(object)) {
      const fieldPath = [...base, key];
      if (key === 'sources' && Array.isArray(value)) {
        const at = (path: string[]) =>
          `${file}: ${[here, `field "${path.join('.')}"`].filter(Boolean).join(', ')}`;
        if (value.length === 0) problems.push(`${at(fieldPath)}: needs at least one source`);
        out[key] = value.map((item: unknown, i) =>
          resolveItem(at([...fieldPath, String(i)]), item),
        );
      } else {
        out[key] = walk(value, here, fieldPath);
      }
    }
    return out;
  };

  return { value: walk(json, '', []) as T, problems, cited };
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
