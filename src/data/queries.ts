/** One queryOptions factory per generated file; each queryFn validates what it loads. */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchCitingDataFile, fetchDataFile, loadCatalogue } from './dataFiles';
import { DATA_FILES } from './dataFileNames';
import { labelsFileSchema, shapesFileSchema } from './geoSchemas';
import { fetchCountries, fetchEvents } from './lenientFiles';
import { contextFileSchema, storiesFileSchema } from './schemas';

export { DATA_FILES };

const fileQuery = <T>(file: string, schema: z.ZodType<T>) =>
  queryOptions({
    queryKey: ['data', file],
    queryFn: () => fetchDataFile(file, schema),
    staleTime: Infinity,
    retry: 1,
  });

export const eventsQuery = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.events],
    queryFn: () => fetchEvents(DATA_FILES.events),
    staleTime: Infinity,
    retry: 1,
  });
export const countriesQuery = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.countries],
    queryFn: () => fetchCountries(DATA_FILES.countries),
    staleTime: Infinity,
    retry: 1,
  });
/** A file whose records cite sources: it waits for the catalogue too. */
const citingFileQuery = <T>(file: string, schema: z.ZodType<T>) =>
  queryOptions({
    queryKey: ['data', file],
    queryFn: () => fetchCitingDataFile(file, schema),
    staleTime: Infinity,
    retry: 1,
  });

export const contextQuery = () => citingFileQuery(DATA_FILES.context, contextFileSchema);
export const shapesQuery = () => fileQuery(DATA_FILES.shapes, shapesFileSchema);
export const labelsQuery = () => fileQuery(DATA_FILES.labels, labelsFileSchema);
/** The source catalogue, the same copy the other files were resolved with. */
export const sourcesQuery = () =>
  queryOptions({
    queryKey: ['data', DATA_FILES.sources],
    queryFn: async () => [...(await loadCatalogue()).values()],
    staleTime: Infinity,
    retry: 1,
  });
export const storiesQuery = () => citingFileQuery(DATA_FILES.stories, storiesFileSchema);

/**
 * What the first screen draws from: the page waits for these before it takes over the first
 * screen written at build time, which was drawn from the same files (src/renderFirstScreen.tsx).
 */
export function loadFirstScreenData(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.query(eventsQuery()),
    queryClient.query(countriesQuery()),
    queryClient.query(contextQuery()),
    queryClient.query(storiesQuery()),
  ]);
}
