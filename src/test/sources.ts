/** A catalogue source for the unit tests' records. */
import type { Source } from '../data/schemas';

export const testSource: Source = {
  id: 'example-a',
  title: 'A',
  publisher: 'Example',
  kind: 'newspaper',
  language: 'en',
  url: 'https://example.org/a',
  accessed: '2026-12-04',
};
