import { describe, expect, it } from 'vitest';
import { fileSlug } from './savedFile';

describe('fileSlug', () => {
  it('drops accents, punctuation and repeated hyphens', () => {
    expect(fileSlug('Côte d’Ivoire — Événement')).toBe('cote-d-ivoire-evenement');
    expect(fileSlug('  ')).toBe('');
  });
});
