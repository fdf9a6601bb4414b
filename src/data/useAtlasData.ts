import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildAtlasIndex, type AtlasIndex } from './atlasIndex';
import { checkIntegrity } from './integrity';
import { contextQuery, countriesQuery, eventsQuery } from './queries';
import type { ContextFile } from './schemas';

export type AtlasData =
  | { status: 'pending' }
  | { status: 'error'; errors: Error[]; retry: () => void }
  | {
      status: 'success';
      index: AtlasIndex;
      /** Files that could not be loaded: the atlas shows what the others hold. */
      errors: Error[];
      /** Records left out or inconsistent, named by file, record and field. */
      problems: string[];
      retry: () => void;
    };

const EMPTY_CONTEXT: ContextFile = { organisations: [], presences: [], eras: [] };

/**
 * The three data files as one index. A file that fails is reported and replaced by nothing, so
 * the rest still shows; only when all three fail is there nothing to show.
 */
export function useAtlasData(): AtlasData {
  const queries = useQueries({ queries: [eventsQuery(), countriesQuery(), contextQuery()] });
  const [events, countries, context] = queries;
  const settled = queries.every((q) => q.isSuccess || q.isError);

  const built = useMemo(() => {
    if (!settled) return undefined;
    const eventsData = events.data ?? { events: [], problems: [] };
    const countriesData = countries.data ?? { countries: [], historicalCodes: [], problems: [] };
    const contextData = context.data ?? EMPTY_CONTEXT;
    const integrity =
      events.data && countries.data && context.data
        ? checkIntegrity({
            events: eventsData.events,
            countries: countriesData,
            context: contextData,
          })
        : [];
    return {
      index: buildAtlasIndex(eventsData, countriesData, contextData),
      problems: [...eventsData.problems, ...countriesData.problems, ...integrity],
    };
  }, [settled, events.data, countries.data, context.data]);

  // A missing source catalogue fails every file that cites it: say so once.
  const errors = [
    ...new Map(
      queries.flatMap((q) => (q.error ? [[q.error.message, q.error] as const] : [])),
    ).values(),
  ];
  const retry = () => {
    for (const q of queries) if (q.isError) void q.refetch();
  };
  if (!built) return { status: 'pending' };
  if (queries.every((q) => q.isError)) return { status: 'error', errors, retry };
  return { status: 'success', index: built.index, errors, problems: built.problems, retry };
}
