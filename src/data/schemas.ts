/**
 * The shape of every data file the atlas loads. The same schemas validate `data/` at build time
 * (scripts/build-data.ts), the generated files in the browser (each queryFn) and the
 * data-integrity tests, so a file that passes one passes all three.
 */
import { z } from 'zod';

/** ISO 3166-1 alpha-3, or a withdrawn code listed in `historicalCodes` (SUN for the USSR). */
export const iso3Schema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code');

/** Organisation acronyms used across the data (see data/README.md). */
export const ORGANISATION_IDS = [
  'UN',
  'UNSC',
  'UAS',
  'OAU',
  'AU',
  'ECOWAS',
  'UMOA',
  'UEMOA',
  'G5S',
  'AES',
  'OIF',
  'OIC',
  'ALG',
  'OMVS',
  'NBA',
  'CILSS',
  'ICC',
  'ICJ',
  'EU',
  'MINUSMA',
] as const;
export const organisationIdSchema = z.enum(ORGANISATION_IDS);
export type OrganisationId = z.infer<typeof organisationIdSchema>;

/** Lanes of the timeline. */
export const EVENT_CATEGORIES = [
  'politics',
  'regional',
  'security',
  'diplomacy',
  'economy',
] as const;
export const categorySchema = z.enum(EVENT_CATEGORIES);
export type EventCategory = z.infer<typeof categorySchema>;

/**
 * The fixed vocabulary of relations with Mali. `none` is "no relations yet" and is never stored:
 * it is what a country with a later relations date shows before that date.
 */
export const RELATION_STATUSES = [
  'close',
  'cooperative',
  'established',
  'tense',
  'suspended',
  'severed',
  'none',
] as const;
export const statusSchema = z.enum(RELATION_STATUSES);
export type RelationStatus = z.infer<typeof statusSchema>;

export const localizedSchema = z.object({
  en: z.string().trim().min(1),
  fr: z.string().trim().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export const precisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof precisionSchema>;

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Is `text` a real calendar date of the form YYYY, YYYY-MM or YYYY-MM-DD? */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** ISO 8601 date written to its precision: "1960", "1960-09" or "1960-09-22". */
export const isoDateSchema = z
  .string()
  .refine(isCalendarDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');

export const FIRST_YEAR = 1960;
export const LAST_YEAR = 2025;

/** A seed document (a file in shared/seeds) or a public web page. */
export const sourceSchema = z.union([
  z
    .object({ seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be a seed file name') })
    .strict(),
  z
    .object({
      url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
      title: z.string().trim().min(1),
    })
    .strict(),
]);
export type Source = z.infer<typeof sourceSchema>;
const sourcesSchema = z.array(sourceSchema).min(1, 'needs at least one source');

/** How sure the dataset is of a fact. Inferred facts carry a note saying why. */
export const certaintySchema = z.enum(['verified', 'inferred']);
export type Certainty = z.infer<typeof certaintySchema>;

function datedPrecisionMatches(value: { date: string; precision: DatePrecision }): boolean {
  const parts = value.date.split('-').length;
  return parts === { year: 1, month: 2, day: 3 }[value.precision];
}

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case');

export const eventSchema = z
  .object({
    id: kebabId,
    date: isoDateSchema,
    precision: precisionSchema,
    /** Last day of a span (for example an operation); absent for a single event. */
    end: isoDateSchema.optional(),
    category: categorySchema,
    title: localizedSchema,
    summary: localizedSchema,
    countries: z.array(iso3Schema),
    organisations: z.array(organisationIdSchema),
    sources: sourcesSchema,
    certainty: certaintySchema,
    /** Why an inferred fact is inferred, or where sources disagree. */
    note: localizedSchema.optional(),
  })
  .strict()
  .refine(datedPrecisionMatches, {
    message: 'date must be written to its precision',
    path: ['date'],
  })
  .refine((e) => e.certainty === 'verified' || e.note !== undefined, {
    message: 'an inferred event needs a note saying why',
    path: ['note'],
  });
export type AtlasEvent = z.infer<typeof eventSchema>;

export const eventsFileSchema = z.object({ events: z.array(eventSchema) }).strict();
export type EventsFile = z.infer<typeof eventsFileSchema>;

export const relationsSinceSchema = z
  .object({
    date: isoDateSchema,
    precision: precisionSchema,
    certainty: certaintySchema,
    note: localizedSchema.optional(),
    sources: sourcesSchema,
  })
  .strict()
  .refine(datedPrecisionMatches, {
    message: 'date must be written to its precision',
    path: ['date'],
  })
  .refine((r) => r.certainty === 'verified' || r.note !== undefined, {
    message: 'an inferred date needs a note saying why',
    path: ['note'],
  });
export type RelationsSince = z.infer<typeof relationsSinceSchema>;

/** A stretch of time during which relations with Mali had one status. `to` is exclusive. */
export const relationPeriodSchema = z
  .object({
    status: statusSchema.exclude(['none']),
    from: isoDateSchema,
    to: isoDateSchema.optional(),
    reason: localizedSchema,
    /** The event that opened the period, when the dataset holds it. */
    event: kebabId.optional(),
    sources: sourcesSchema,
  })
  .strict();
export type RelationPeriod = z.infer<typeof relationPeriodSchema>;

/** A name a country bore until a date (exclusive), such as Upper Volta until 1984-08-04. */
export const historicalNameSchema = z
  .object({ name: localizedSchema, until: isoDateSchema, sources: sourcesSchema })
  .strict();
export type HistoricalName = z.infer<typeof historicalNameSchema>;

export const countrySchema = z
  .object({
    iso3: iso3Schema,
    /** Filled by the build from i18n-iso-countries; never typed by hand in data/. */
    name: localizedSchema,
    neighbour: z.boolean(),
    /** Capital [longitude, latitude], filled by the build from a maintained package. */
    capital: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
    relationsSince: relationsSinceSchema.optional(),
    historicalNames: z.array(historicalNameSchema).default([]),
    periods: z.array(relationPeriodSchema).default([]),
  })
  .strict();
export type Country = z.infer<typeof countrySchema>;

/** A withdrawn code drawn on a present-day shape (the USSR on Russia's). */
export const historicalCodeSchema = z
  .object({ code: iso3Schema, shape: iso3Schema, name: localizedSchema, until: isoDateSchema })
  .strict();
export type HistoricalCode = z.infer<typeof historicalCodeSchema>;

export const countriesFileSchema = z
  .object({
    countries: z.array(countrySchema),
    historicalCodes: z.array(historicalCodeSchema),
  })
  .strict();
export type CountriesFile = z.infer<typeof countriesFileSchema>;

/** The same country record as written by hand in data/: the build adds name and capital. */
export const countryInputSchema = countrySchema.omit({ name: true, capital: true });
export const countriesInputFileSchema = z
  .object({
    countries: z.array(countryInputSchema),
    historicalCodes: z.array(historicalCodeSchema),
  })
  .strict();

export const periodSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema.optional(),
    certainty: certaintySchema.default('verified'),
    note: localizedSchema.optional(),
  })
  .strict();

export const organisationSchema = z
  .object({
    id: organisationIdSchema,
    name: localizedSchema,
    acronym: localizedSchema,
    /** Mali's membership periods (`to` exclusive; absent while ongoing). */
    maliMembership: z.array(periodSchema),
    /** Suspensions of Mali, or sanctions on it, within membership. */
    maliSuspensions: z
      .array(periodSchema.extend({ reason: localizedSchema, event: kebabId.optional() }))
      .default([]),
    /** Member states with their periods, where the dataset tracks them. */
    members: z
      .array(z.object({ iso3: iso3Schema, periods: z.array(periodSchema) }).strict())
      .default([]),
    /** Events recording the end of Mali's membership, checked against maliMembership. */
    endEvent: kebabId.optional(),
    sources: sourcesSchema,
  })
  .strict();
export type Organisation = z.infer<typeof organisationSchema>;

/** A foreign military or peacekeeping presence in Mali. */
export const presenceSchema = z
  .object({
    id: kebabId,
    name: localizedSchema,
    lead: z.union([iso3Schema, organisationIdSchema]),
    contributors: z.array(iso3Schema),
    from: isoDateSchema,
    to: isoDateSchema.optional(),
    note: localizedSchema.optional(),
    startEvent: kebabId.optional(),
    endEvent: kebabId.optional(),
    sources: sourcesSchema,
  })
  .strict();
export type Presence = z.infer<typeof presenceSchema>;

/** An era of government, drawn as a band on the timeline. */
export const eraSchema = z
  .object({
    id: kebabId,
    name: localizedSchema,
    from: isoDateSchema,
    to: isoDateSchema.optional(),
    sources: sourcesSchema,
  })
  .strict();
export type Era = z.infer<typeof eraSchema>;

export const contextFileSchema = z
  .object({
    organisations: z.array(organisationSchema),
    presences: z.array(presenceSchema),
    eras: z.array(eraSchema),
  })
  .strict();
export type ContextFile = z.infer<typeof contextFileSchema>;

/** One step of a guided story: it sets the whole atlas and says what the reader sees. */
export const storyStepSchema = z
  .object({
    year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR),
    country: iso3Schema.optional(),
    event: kebabId.optional(),
    view: z.enum(['region', 'world']).optional(),
    org: organisationIdSchema.optional(),
    /** Two or three plain sentences stating only facts the dataset holds. */
    caption: localizedSchema,
    sources: sourcesSchema,
  })
  .strict();
export type StoryStep = z.infer<typeof storyStepSchema>;

export const storySchema = z
  .object({
    id: kebabId,
    title: localizedSchema,
    description: localizedSchema,
    steps: z.array(storyStepSchema).min(3).max(40),
  })
  .strict();
export type Story = z.infer<typeof storySchema>;

export const storiesFileSchema = z.object({ stories: z.array(storySchema) }).strict();
export type StoriesFile = z.infer<typeof storiesFileSchema>;
