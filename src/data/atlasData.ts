import { QueryObserver, useQueries, type QueryClient } from '@tanstack/react-query';
import { buildAtlasIndex, type AtlasIndex } from './atlasIndex';
import { checkIntegrity } from './integrity';
import type { LoadedCountries as CountriesData, LoadedEvents as EventsData } from './lenientFiles';
import { contextQuery, countriesQuery, eventsQuery, storiesQuery } from './queries';
import type { ContextFile, StoriesFile } from './schemas';

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

interface FileResult<T> {
  data: T | undefined;
  error: Error | null;
  isSuccess: boolean;
  isError: boolean;
  refetch: () => Promise<unknown>;
}

type FileResults = readonly [
  FileResult<EventsData>,
  FileResult<CountriesData>,
  FileResult<ContextFile>,
];

const EMPTY_CONTEXT: ContextFile = { organisations: [], presences: [], eras: [] };

interface Built {
  inputs: readonly unknown[];
  index: AtlasIndex;
  problems: string[];
}
/**
 * The last index built, by the data it was built from: the page and the subscriptions started
 * with the store share one index, built once.
 */
let last: Built | null = null;

function build(
  events: EventsData | undefined,
  countries: CountriesData | undefined,
  context: ContextFile | undefined,
): Built {
  const inputs = [events, countries, context];
  if (last?.inputs.every((input, i) => input === inputs[i])) return last;
  const eventsData = events ?? { events: [], problems: [] };
  const countriesData = countries ?? { countries: [], historicalCodes: [], problems: [] };
  const contextData = context ?? EMPTY_CONTEXT;
  const integrity =
    events && countries && context
      ? checkIntegrity({
          events: eventsData.events,
          countries: countriesData,
          context: contextData,
        })
      : [];
  last = {
    inputs,
    index: buildAtlasIndex(eventsData, countriesData, contextData),
    problems: [...eventsData.problems, ...countriesData.problems, ...integrity],
  };
  return last;
}

/**
 * The three data files as one index. A file that fails is reported and replaced by nothing, so
 * the rest still shows; only when all three fail is there nothing to show.
 */
function atlasDataOf(results: FileResults): AtlasData {
  const [events, countries, context] = results;
  const retry = () => {
    for (const result of results) if (result.isError) void result.refetch();
  };
  if (!results.every((r) => r.isSuccess || r.isError)) return { status: 'pending' };
  // A missing source catalogue fails every file that cites it: say so once.
  const errors = [
    ...new Map(
      results.flatMap((r) => (r.error ? [[r.error.message, r.error] as const] : [])),
    ).values(),
  ];
  if (results.every((r) => r.isError)) return { status: 'error', errors, retry };
  const { index, problems } = build(events.data, countries.data, context.data);
  return { status: 'success', index, errors, problems, retry };
}

export function useAtlasData(): AtlasData {
  const [events, countries, context] = useQueries({
    queries: [eventsQuery(), countriesQuery(), contextQuery()],
  });
  return atlasDataOf([events, countries, context]);
}

/**
 * Calls `listener` with each new index, outside React: for the subscriptions started with the
 * store (link guards, the host page's bridge) that need to know what the atlas holds.
 */
export function watchAtlasIndex(
  client: QueryClient,
  listener: (index: AtlasIndex) => void,
): () => void {
  const observers = [
    new QueryObserver(client, eventsQuery()),
    new QueryObserver(client, countriesQuery()),
    new QueryObserver(client, contextQuery()),
  ] as const;
  let current: AtlasIndex | null = null;
  const emit = () => {
    const [events, countries, context] = observers;
    const data = atlasDataOf([
      events.getCurrentResult(),
      countries.getCurrentResult(),
      context.getCurrentResult(),
    ]);
    if (data.status !== 'success' || data.index === current) return;
    current = data.index;
    listener(data.index);
  };
  const unsubscribes = observers.map((observer) => observer.subscribe(emit));
  emit();
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}

/** The stories, once loaded, outside React (for the story driver). */
export function watchStories(
  client: QueryClient,
  listener: (file: StoriesFile) => void,
): () => void {
  const observer = new QueryObserver(client, storiesQuery());
  let current: StoriesFile | undefined;
  const emit = () => {
    const { data } = observer.getCurrentResult();
    if (data === undefined || data === current) return;
    current = data;
    listener(data);
  };
  const unsubscribe = observer.subscribe(emit);
  emit();
  return unsubscribe;
}
