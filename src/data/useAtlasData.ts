import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildAtlasIndex, type AtlasIndex } from './atlasIndex';
import { contextQuery, countriesQuery, eventsQuery } from './queries';

export type AtlasData =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'success'; index: AtlasIndex };

/** The three data files together, as one index, or the first error with a way to retry. */
export function useAtlasData(): AtlasData {
  const [events, countries, context] = useQueries({
    queries: [eventsQuery(), countriesQuery(), contextQuery()],
  });
  const index = useMemo(
    () =>
      events.data && countries.data && context.data
        ? buildAtlasIndex(events.data, countries.data, context.data)
        : undefined,
    [events.data, countries.data, context.data],
  );
  const failed = [events, countries, context].find((q) => q.isError);
  if (failed?.error) {
    return {
      status: 'error',
      error: failed.error,
      retry: () => {
        for (const q of [events, countries, context]) if (q.isError) void q.refetch();
      },
    };
  }
  return index ? { status: 'success', index } : { status: 'pending' };
}
