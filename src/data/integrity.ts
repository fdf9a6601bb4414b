/**
 * Checks that span files: what a single schema cannot see. Used by the build (which refuses to
 * write broken data) and by the data-integrity test. Each problem names the file, the record and
 * the field.
 */
import { startOfIsoDate } from './dates';
import {
  FIRST_YEAR,
  LAST_YEAR,
  type AtlasEvent,
  type ContextFile,
  type CountriesFile,
  type Story,
} from './schemas';

export interface IntegrityInput {
  events: readonly AtlasEvent[];
  countries: CountriesFile;
  context: ContextFile;
  /** Codes of the shipped shapes; when given, every country must have one. */
  shapeCodes?: ReadonlySet<string>;
  stories?: readonly Story[];
}

/** Dates agree when one is the other written to a coarser precision ("2021-12" and "2021-12-23"). */
const datesAgree = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

const inRange = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};

export function checkIntegrity(input: IntegrityInput): string[] {
  const problems: string[] = [];
  const { events, countries, context, shapeCodes } = input;
  const eventById = new Map<string, AtlasEvent>();
  const countryCodes = new Set(countries.countries.map((c) => c.iso3));
  const historical = new Set(countries.historicalCodes.map((h) => h.code));

  const checkEventRef = (where: string, id: string | undefined) => {
    if (id !== undefined && !eventById.has(id)) {
      problems.push(`${where}: refers to unknown event "${id}"`);
    }
  };
  /** A status change is tied to the dated act that made it: the event's date is its start. */
  const checkEventDate = (where: string, id: string | undefined, from: string) => {
    const event = id === undefined ? undefined : eventById.get(id);
    if (event && !datesAgree(event.date, from)) {
      problems.push(`${where}: starts ${from} but event "${event.id}" is dated ${event.date}`);
    }
  };
  /**
   * Periods of one series are ordered. Relationship periods follow each other with no gap;
   * memberships never overlap; suspensions and sanctions may (an embargo within a suspension).
   */
  const checkSeries = (
    record: string,
    field: string,
    periods: readonly { from: string; to?: string | undefined; event?: string | undefined }[],
    rule: 'contiguous' | 'disjoint' | 'layered',
  ) => {
    let previous: { to?: string | undefined } | undefined;
    for (const [i, period] of periods.entries()) {
      const where = `${record}, field "${field}.${String(i)}"`;
      const from = startOfIsoDate(period.from);
      if (period.to !== undefined && startOfIsoDate(period.to) <= from) {
        problems.push(`${where}: ends before it starts`);
      }
      if (previous && rule !== 'layered') {
        if (previous.to === undefined) problems.push(`${where}: follows a period with no end`);
        else if (from < startOfIsoDate(previous.to)) {
          problems.push(`${where}: overlaps or precedes the previous period`);
        } else if (rule === 'contiguous' && startOfIsoDate(previous.to) !== from) {
          problems.push(
            `${where}: leaves a gap after the previous period (${previous.to} to ${period.from})`,
          );
        }
      }
      previous = period;
      checkEventRef(where, period.event);
      checkEventDate(where, period.event, period.from);
    }
  };

  for (const event of events) {
    const where = `events: record "${event.id}"`;
    if (eventById.has(event.id)) problems.push(`${where}: duplicate id`);
    eventById.set(event.id, event);
    if (!inRange(event.date))
      problems.push(`${where}, field "date": outside ${FIRST_YEAR}-${LAST_YEAR}`);
    if (event.end && startOfIsoDate(event.end) < startOfIsoDate(event.date)) {
      problems.push(`${where}, field "end": before the start date`);
    }
    for (const code of event.countries) {
      if (!countryCodes.has(code) && !historical.has(code)) {
        problems.push(`${where}, field "countries": unknown country code "${code}"`);
      }
    }
  }

  const seenCountries = new Set<string>();
  for (const country of countries.countries) {
    const where = `countries: record "${country.iso3}"`;
    if (seenCountries.has(country.iso3)) problems.push(`${where}: duplicate country`);
    seenCountries.add(country.iso3);
    if (shapeCodes && !shapeCodes.has(country.iso3))
      problems.push(`${where}: no shape in the bundled geometry`);
    checkSeries(where, 'periods', country.periods, 'contiguous');
  }
  for (const code of countries.historicalCodes) {
    if (!countryCodes.has(code.shape)) {
      problems.push(
        `countries: historical code "${code.code}" is drawn on "${code.shape}", which is not a country`,
      );
    }
  }

  for (const org of context.organisations) {
    const where = `organisations: record "${org.id}"`;
    checkEventRef(`${where}, field "endEvent"`, org.endEvent);
    checkSeries(where, 'maliMembership', org.maliMembership, 'disjoint');
    checkSeries(where, 'maliSuspensions', org.maliSuspensions, 'layered');
    for (const member of org.members) {
      checkSeries(`${where}, member "${member.iso3}"`, 'periods', member.periods, 'disjoint');
    }
    if (org.endEvent) {
      const end = eventById.get(org.endEvent);
      const last = org.maliMembership.at(-1);
      if (end && last && !datesAgree(end.date, last.to ?? '')) {
        problems.push(
          `${where}, field "maliMembership": ends ${last.to ?? 'never'} but event "${end.id}" records the end on ${end.date}`,
        );
      }
    }
    for (const member of org.members) {
      if (!countryCodes.has(member.iso3) && !historical.has(member.iso3)) {
        problems.push(`${where}, field "members": unknown country code "${member.iso3}"`);
      }
    }
  }
  for (const presence of context.presences) {
    const where = `presences: record "${presence.id}"`;
    checkEventRef(`${where}, field "startEvent"`, presence.startEvent);
    checkEventRef(`${where}, field "endEvent"`, presence.endEvent);
    const start = presence.startEvent ? eventById.get(presence.startEvent) : undefined;
    if (start && !datesAgree(start.date, presence.from)) {
      problems.push(
        `${where}, field "from": ${presence.from} but event "${start.id}" is dated ${start.date}`,
      );
    }
    const end = presence.endEvent ? eventById.get(presence.endEvent) : undefined;
    if (end && !datesAgree(end.date, presence.to ?? '')) {
      problems.push(
        `${where}, field "to": ${presence.to ?? 'open'} but event "${end.id}" is dated ${end.date}`,
      );
    }
    for (const code of presence.contributors) {
      if (!countryCodes.has(code))
        problems.push(`${where}, field "contributors": unknown country code "${code}"`);
    }
  }

  const storyIds = new Set<string>();
  for (const story of input.stories ?? []) {
    if (storyIds.has(story.id)) problems.push(`stories: record "${story.id}": duplicate id`);
    storyIds.add(story.id);
    for (const [i, step] of story.steps.entries()) {
      const where = `stories: record "${story.id}", field "steps.${String(i)}"`;
      const event = step.event ? eventById.get(step.event) : undefined;
      if (step.event && !event) problems.push(`${where}: refers to unknown event "${step.event}"`);
      if (event && Number(event.date.slice(0, 4)) !== step.year) {
        problems.push(
          `${where}: year ${String(step.year)} but event "${event.id}" is dated ${event.date}`,
        );
      }
      if (step.country && !countryCodes.has(step.country)) {
        problems.push(`${where}: unknown country code "${step.country}"`);
      }
      if (
        step.org &&
        !context.organisations.some((o) => o.id === step.org && o.members.length > 0)
      ) {
        problems.push(`${where}: organisation "${step.org}" has no member list to show`);
      }
    }
  }
  return problems;
}
