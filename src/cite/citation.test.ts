import { describe, expect, it } from 'vitest';
import { testDataset as dataset } from '../test/sources';
import { buildCitation } from './citation';

const url = 'https://atlas.example/?year=2013&country=FRA&lang=en';

describe('buildCitation', () => {
  it('writes the four English formats to the letter', () => {
    const citation = buildCitation({
      lang: 'en',
      dataset,
      viewTitle: 'Relations with Mali, end of 2013: France',
      url,
      accessed: '2026-12-05',
    });
    expect(citation.plain).toBe(
      'Mali Relations Atlas, “Relations with Mali, end of 2013: France”. Dataset version 2.0.0 (4 December 2026). https://atlas.example/?year=2013&country=FRA&lang=en (accessed 5 December 2026).',
    );
    expect(citation.apa).toBe(
      'Mali Relations Atlas. (2026). Relations with Mali, end of 2013: France (Version 2.0.0) [Interactive map and timeline]. Retrieved December 5, 2026, from https://atlas.example/?year=2013&country=FRA&lang=en',
    );
    expect(citation.chicago).toBe(
      'Mali Relations Atlas. “Relations with Mali, end of 2013: France.” Dataset version 2.0.0, December 4, 2026. Accessed December 5, 2026. https://atlas.example/?year=2013&country=FRA&lang=en.',
    );
    expect(citation.bibtex).toBe(
      [
        '@misc{mali-atlas-2026-2013-france,',
        '  author = {{Mali Relations Atlas}},',
        '  title = {{Relations with Mali, end of 2013: France}},',
        '  year = {2026},',
        '  howpublished = {\\url{https://atlas.example/?year=2013&country=FRA&lang=en}},',
        '  note = {Dataset version 2.0.0, 2026-12-04. Accessed 2026-12-05},',
        '  version = {2.0.0},',
        '  url = {https://atlas.example/?year=2013&country=FRA&lang=en},',
        '  urldate = {2026-12-05},',
        '  language = {english}',
        '}',
      ].join('\n'),
    );
  });

  it('writes the four French formats to the letter', () => {
    const citation = buildCitation({
      lang: 'fr',
      dataset,
      viewTitle: 'Relations avec le Mali, fin 2013 : France',
      url,
      accessed: '2026-12-05',
    });
    expect(citation.plain).toBe(
      'Atlas des relations du Mali, « Relations avec le Mali, fin 2013 : France ». Version des données 2.0.0 (4 décembre 2026). https://atlas.example/?year=2013&country=FRA&lang=en (consulté le 5 décembre 2026).',
    );
    expect(citation.apa).toBe(
      'Atlas des relations du Mali. (2026). Relations avec le Mali, fin 2013 : France (Version 2.0.0) [Carte et frise interactives]. Consulté le 5 décembre 2026, à l’adresse https://atlas.example/?year=2013&country=FRA&lang=en',
    );
    expect(citation.chicago).toBe(
      'Atlas des relations du Mali. « Relations avec le Mali, fin 2013 : France ». Version des données 2.0.0, 4 décembre 2026. Consulté le 5 décembre 2026. https://atlas.example/?year=2013&country=FRA&lang=en.',
    );
    expect(citation.bibtex).toContain('  title = {{Relations avec le Mali, fin 2013 : France}},');
    expect(citation.bibtex).toContain('  language = {french}');
  });

  it('escapes BibTeX special characters, and leaves out a version it does not know', () => {
    const citation = buildCitation({
      lang: 'en',
      dataset: undefined,
      viewTitle: 'Relations with Mali, end of 2020: 50% & more',
      url,
      accessed: '2026-12-05',
    });
    expect(citation.bibtex).toContain(
      'title = {{Relations with Mali, end of 2020: 50\\% \\& more}}',
    );
    expect(citation.plain).toBe(
      'Mali Relations Atlas, “Relations with Mali, end of 2020: 50% & more”. https://atlas.example/?year=2013&country=FRA&lang=en (accessed 5 December 2026).',
    );
    expect(citation.apa).not.toContain('Version');
    expect(citation.bibtex).not.toContain('version =');
  });
});
