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

/** What a source is, so a reader can weigh it: a primary document outranks an encyclopedia. */
export const SOURCE_KINDS = [
  'primary',
  'organisation',
  'government',
  'agency',
  'newspaper',
  'broadcaster',
  'academic',
  'encyclopedia',
  'other',
] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** Kinds that count as evidence on their own; an encyclopedia or "other" needs one of these. */
export const FIRST_HAND_KINDS: ReadonlySet<SourceKind> = new Set(
  SOURCE_KINDS.filter((kind) => kind !== 'encyclopedia' && kind !== 'other'),
);

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case');

/** One entry of the source catalogue (data/sources.json): described once, cited by id. */
export const catalogueSourceSchema = z
  .object({
    id: kebabId,
    title: z.string().trim().min(1),
    /** The publisher, or the author for a book or an article. */
    publisher: z.string().trim().min(1),
    kind: sourceKindSchema,
    /** The language the source is written in: an ISO 639 code, as the page's lang attribute takes. */
    language: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code (fr, en, pcm…)'),
    published: isoDateSchema.optional(),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    /** The day the source was read. */
    accessed: isoDateSchema.refine((d) => d.length === 10, 'must be a day, YYYY-MM-DD'),
    /** Said to readers: why this source is cited, for example an encyclopedia where nothing better exists. */
    note: localizedSchema.optional(),
  })
  .strict();
export type CatalogueSource = z.infer<typeof catalogueSourceSchema>;

export const sourcesFileSchema = z.object({ sources: z.array(catalogueSourceSchema) }).strict();
export type SourcesFile = z.infer<typeof sourcesFileSchema>;

/**
 * The catalogue as the atlas ships it: an entry's place in the list is its reference, and what
 * no view shows (the readable id, the day it was read) stays in the downloads. This keeps the
 * data the first screen loads within its size budget (npm run bench).
 */
export const shippedSourcesFileSchema = z
  .object({ sources: z.array(catalogueSourceSchema.omit({ id: true, accessed: true })) })
  .strict();
export type ShippedSourcesFile = z.infer<typeof shippedSourcesFileSchema>;

/** Where in a source a fact is: a page, a section, a paragraph or a short quote. */
const locatorSchema = z.string().trim().min(1).max(300).optional();

/** How data/ cites a source: its catalogue id, and where in it the fact is. */
export const sourceRefSchema = z.object({ source: kebabId, locator: locatorSchema }).strict();
export type SourceRef = z.infer<typeof sourceRefSchema>;

/**
 * A source as the atlas ships it: the build replaces each reference in data/ with the catalogue
 * entry it names, so every view can show and cite a source without a lookup.
 */
export const sourceSchema = catalogueSourceSchema
  .partial({ accessed: true })
  .extend({ locator: locatorSchema });
export type Source = z.infer<typeof sourceSchema>;
const sourcesSchema = z.array(sourceSchema).min(1, 'needs at least one source');

/** The dataset's version and release date, written into the app and every download. */
export const datasetInfoSchema = z
  .object({
    title: z.string().trim().min(1),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 2.0.0'),
    released: isoDateSchema.refine((d) => d.length === 10, 'must be a day, YYYY-MM-DD'),
    licence: z.string().trim().min(1),
    /** The licence's SPDX identifier, as the Data Package names it. */
    licenceId: z
      .string()
      .regex(/^[A-Za-z0-9.+-]+$/, 'must be an SPDX identifier such as CC-BY-4.0'),
    licenceUrl: z.url(),
  })
  .strict();
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;

/** How sure the dataset is of a fact. Inferred facts carry a note saying why. */
export const certaintySchema = z.enum(['verified', 'inferred']);
export type Certainty = z.infer<typeof certaintySchema>;

function noteWhenInferred(value: { certainty: Certainty; note?: Localized | undefined }): boolean {
  return value.certainty === 'verified' || value.note !== undefined;
}

const inferredPeriodNote = {
  message: 'an inferred period needs a note saying why',
  path: ['note'],
};

function datedPrecisionMatches(value: { date: string; precision: DatePrecision }): boolean {
  const parts = value.date.split('-').length;
  return parts === { year: 1, month: 2, day: 3 }[value.precision];
}

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
    certainty: certaintySchema,
    /** Why an inferred period is inferred, or where sources disagree. */
    note: localizedSchema.optional(),
    sources: sourcesSchema,
  })
  .strict()
  .refine(noteWhenInferred, inferredPeriodNote);
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

/** A stretch of membership (Mali's, or a member state's) or of a suspension. `to` is exclusive. */
const membershipPeriodFields = {
  from: isoDateSchema,
  to: isoDateSchema.optional(),
  certainty: certaintySchema,
  note: localizedSchema.optional(),
  /** The event that records the change, when the dataset holds it. */
  event: kebabId.optional(),
  sources: sourcesSchema,
};

export const periodSchema = z
  .object(membershipPeriodFields)
  .strict()
  .refine(noteWhenInferred, inferredPeriodNote);
export type MembershipPeriod = z.infer<typeof periodSchema>;

export const suspensionSchema = z
  .object({ ...membershipPeriodFields, reason: localizedSchema })
  .strict()
  .refine(noteWhenInferred, inferredPeriodNote);
export type Suspension = z.infer<typeof suspensionSchema>;

export const organisationSchema = z
  .object({
    id: organisationIdSchema,
    name: localizedSchema,
    acronym: localizedSchema,
    /** Mali's membership periods (`to` exclusive; absent while ongoing). */
    maliMembership: z.array(periodSchema),
    /** Suspensions of Mali, or sanctions on it, within membership. */
    maliSuspensions: z.array(suspensionSchema).default([]),
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
    /** Absent only in a file older than the dataset's versioning. */
    dataset: datasetInfoSchema.optional(),
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
    frame: z.enum(['region', 'world']).optional(),
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
