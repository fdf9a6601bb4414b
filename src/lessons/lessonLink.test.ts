import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR } from '../data/schemas';
import {
  CAPTION_MAX_LENGTH,
  LESSON_MAX_BYTES,
  lessonSchema,
  type Lesson,
  type LessonStep,
} from './lessonFormat';
import {
  LESSON_FRAGMENT_PREFIX,
  LESSON_LINK_MAX_LENGTH,
  decodeLessonFragment,
  encodeLessonFragment,
} from './lessonLink';
import { readLessonText } from './readLesson';

/** Text a teacher may type or paste: any code point, and the characters that break encoders. */
const awkwardPiece = fc.constantFrom(
  '\n',
  '\r\n',
  '"',
  "'",
  '\\',
  '<',
  '<script>alert(1)</script>',
  '😀',
  '👩🏾‍🏫',
  'é',
  '\u2028',
  '\u0000',
  // A lone surrogate: JSON.stringify escapes it, so it must come back as it went.
  '\ud800',
  '%23lesson=',
);
const text = (maxPieces: number) =>
  fc
    .array(fc.oneof(awkwardPiece, fc.string({ unit: 'binary', maxLength: 80 }), fc.string()), {
      maxLength: maxPieces,
    })
    .map((pieces) => pieces.join(''));

const languages = fc.record({ en: text(6), fr: text(6) }, { requiredKeys: [] });

const stepArbitrary: fc.Arbitrary<LessonStep> = fc.record(
  {
    year: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }),
    country: fc.stringMatching(/^[A-Z]{3}$/),
    event: fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+){0,6}$/).filter((id) => id.length <= 80),
    frame: fc.constantFrom('region', 'world'),
    org: fc.stringMatching(/^[A-Z0-9]{2,12}$/),
    caption: languages,
  },
  { requiredKeys: ['year', 'caption'] },
);

const lessonArbitrary: fc.Arbitrary<Lesson> = fc.record(
  {
    format: fc.constant('mali-relations-atlas-lesson'),
    version: fc.constant(2),
    id: fc.stringMatching(/^lesson-[a-z0-9]{4,32}$/),
    title: fc.record({ en: text(2), fr: text(2) }, { requiredKeys: [] }),
    updated: fc
      .date({ min: new Date('2020-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    // 'medium' so that runs reach 20 steps, not only fast-check's small default sizes.
    steps: fc.array(stepArbitrary, { maxLength: 20, size: 'medium' }),
  },
  { requiredKeys: ['format', 'version', 'id', 'title', 'steps'] },
);

describe('lesson links', () => {
  it('give back any valid lesson exactly', async () => {
    await fc.assert(
      fc.asyncProperty(lessonArbitrary, async (lesson) => {
        // The arbitrary itself must only make valid lessons, or the property proves nothing.
        expect(lessonSchema.safeParse(lesson).success).toBe(true);
        const fragment = await encodeLessonFragment(lesson);
        expect(fragment).toMatch(/^#lesson=z[A-Za-z0-9_-]+$/);
        const decoded = await decodeLessonFragment(fragment);
        if (!decoded.ok) throw new Error(`not decoded: ${decoded.reason}`);
        expect(readLessonText(decoded.text)).toEqual({ ok: true, lesson, migratedFrom: null });
      }),
      { numRuns: 50 },
    );
  });

  it('keep a caption of the longest length', async () => {
    const lesson: Lesson = {
      format: 'mali-relations-atlas-lesson',
      version: 2,
      id: 'lesson-longest',
      title: {},
      steps: [{ year: 2013, caption: { en: '👩🏾‍🏫'.repeat(CAPTION_MAX_LENGTH / 7) } }],
    };
    const decoded = await decodeLessonFragment(await encodeLessonFragment(lesson));
    expect(decoded.ok && readLessonText(decoded.text)).toEqual({
      ok: true,
      lesson,
      migratedFrom: null,
    });
  });
});

describe('decodeLessonFragment refuses', () => {
  const sample: Lesson = {
    format: 'mali-relations-atlas-lesson',
    version: 2,
    id: 'lesson-serval2013',
    title: { en: 'Mali and France, 2013' },
    steps: Array.from({ length: 5 }, (_, i) => ({
      year: 2013 + i,
      caption: { en: `Step ${String(i + 1)}: what happened in ${String(2013 + i)}.` },
    })),
  };

  it.each([
    ['characters base64url does not use', `${LESSON_FRAGMENT_PREFIX}abc+/def=`],
    ['nothing after the prefix', LESSON_FRAGMENT_PREFIX],
    ['bytes that are not deflate', `${LESSON_FRAGMENT_PREFIX}${'_'.repeat(40)}`],
  ])('a damaged link: %s', async (_, fragment) => {
    expect(await decodeLessonFragment(fragment)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('a link cut short, as a chat app may do', async () => {
    const fragment = await encodeLessonFragment(sample);
    for (const kept of [0.9, 0.5, 0.2]) {
      const cut = fragment.slice(0, Math.floor(fragment.length * kept));
      expect(await decodeLessonFragment(cut)).toEqual({ ok: false, reason: 'damaged' });
    }
  });

  it.each(['#lesson=y' + 'AAAA', '#lesson=', '#story=serval', ''])(
    'an encoding it does not know: %j',
    async (fragment) => {
      expect(await decodeLessonFragment(fragment)).toEqual({
        ok: false,
        reason: 'unknownEncoding',
      });
    },
  );

  it('a zip bomb: 2 MB of spaces in a short link, stopped at 1 MB without throwing', async () => {
    const bomb = await deflatedFragment(' '.repeat(2 * LESSON_MAX_BYTES));
    expect(bomb.length).toBeLessThan(LESSON_LINK_MAX_LENGTH);
    expect(await decodeLessonFragment(bomb)).toEqual({ ok: false, reason: 'tooBig' });
  });

  it('but not a lesson that inflates to exactly 1 MB', async () => {
    const json = JSON.stringify(sample);
    const fragment = await deflatedFragment(json + ' '.repeat(LESSON_MAX_BYTES - json.length));
    const decoded = await decodeLessonFragment(fragment);
    expect(decoded.ok && readLessonText(decoded.text).ok).toBe(true);
  });
});

/** Any text, deflated the way the atlas does it: the encoder only takes lessons. */
async function deflatedFragment(content: string): Promise<string> {
  const stream = new Blob([content]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const base64 = Buffer.from(bytes).toString('base64url');
  return `${LESSON_FRAGMENT_PREFIX}${base64}`;
}

const eventFile = z.object({
  events: z.array(
    z.object({
      id: z.string(),
      date: z.string(),
      title: z.object({ en: z.string(), fr: z.string() }),
      summary: z.object({ en: z.string(), fr: z.string() }),
      countries: z.array(z.string()),
      organisations: z.array(z.string()),
    }),
  ),
});

/**
 * A lesson as a teacher would write it: 20 steps on the atlas's own events, each caption two
 * sentences (the event's title and summary, about 200 characters), in English or in both
 * languages. Real text matters: repeated filler would deflate far better than prose.
 */
export function realisticLesson(languages: 'en' | 'en+fr'): Lesson {
  const dir = join(import.meta.dirname, '../../data/events');
  const events = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => eventFile.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))).events);
  const chosen = Array.from({ length: 20 }, (_, i) => events[Math.floor((i * events.length) / 20)]);
  return {
    format: 'mali-relations-atlas-lesson',
    version: 2,
    id: 'lesson-k3v9x2m7q1w8',
    title:
      languages === 'en'
        ? { en: 'Mali and its neighbours, 1960-2025' }
        : { en: 'Mali and its neighbours, 1960-2025', fr: 'Le Mali et ses voisins, 1960-2025' },
    updated: '2025-03-14T09:30:00.000Z',
    steps: chosen.flatMap((event, i) => {
      if (!event) return [];
      const country = event.countries.find((iso) => iso !== 'MLI');
      const org = event.organisations[0];
      const sentences = (lang: 'en' | 'fr') =>
        `${event.title[lang].replace(/\.$/, '')}. ${event.summary[lang]}`;
      return [
        {
          year: Number(event.date.slice(0, 4)),
          ...(country === undefined ? {} : { country }),
          event: event.id,
          frame: i % 3 === 0 ? 'world' : 'region',
          ...(org === undefined ? {} : { org }),
          caption:
            languages === 'en'
              ? { en: sentences('en') }
              : { en: sentences('en'), fr: sentences('fr') },
        },
      ];
    }),
  };
}

/** The link a teacher copies from the preview server's address. */
export const linkLength = async (lesson: Lesson): Promise<number> =>
  `http://127.0.0.1:4173/${await encodeLessonFragment(lesson)}`.length;

describe('link length', () => {
  it('a 20-step lesson fits a link, in English and in both languages', async () => {
    for (const languages of ['en', 'en+fr'] as const) {
      const lesson = realisticLesson(languages);
      expect(lesson.steps).toHaveLength(20);
      expect(lessonSchema.safeParse(lesson).success).toBe(true);
      expect(await linkLength(lesson)).toBeLessThan(LESSON_LINK_MAX_LENGTH);
    }
  });
});
