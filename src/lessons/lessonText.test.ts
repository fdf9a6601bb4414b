import { describe, expect, it } from 'vitest';
import { displayTitle, problemText } from './lessonText';

describe('problemText', () => {
  it('says which step and field, with the field name in the reader’s language', () => {
    const problem = {
      key: 'lesson.error.stepField',
      vars: { step: 2, field: 'lesson.field.year' },
    } as const;
    expect(problemText('en', problem)).toBe('In step 2, the year is missing or not valid.');
    expect(problemText('fr', problem)).toBe(
      'À l’étape 2, le champ « année » manque ou n’est pas valide.',
    );
  });

  it('translates a field outside the steps', () => {
    const problem = { key: 'lesson.error.field', vars: { field: 'lesson.field.steps' } } as const;
    expect(problemText('en', problem)).toBe('Its list of steps is missing or not valid.');
    expect(problemText('fr', problem)).toBe(
      'Son champ « liste des étapes » manque ou n’est pas valide.',
    );
  });

  it('leaves a value from the lesson as written, even one that looks like a field key', () => {
    const problem = {
      key: 'lesson.error.unknown.event',
      vars: { step: 1, value: 'serval<script>' },
    } as const;
    expect(problemText('en', problem)).toBe(
      'Step 1 names an event this atlas does not have: “serval<script>”.',
    );
  });

  it('gives a message without variables as it is', () => {
    expect(problemText('en', { key: 'lesson.error.tooBig' })).toBe('It is larger than 1 MB.');
    expect(problemText('fr', { key: 'lesson.error.tooBig' })).toBe('Elle dépasse 1 Mo.');
  });
});

describe('displayTitle', () => {
  it('falls back to the other language, then to the untitled label', () => {
    expect(displayTitle('fr', { en: 'Serval' }, 'Sans titre')).toBe('Serval');
    expect(displayTitle('fr', { en: 'Serval', fr: 'Opération Serval' }, 'Sans titre')).toBe(
      'Opération Serval',
    );
    expect(displayTitle('en', { en: '  ' }, 'Untitled lesson')).toBe('Untitled lesson');
  });
});
