/**
 * The bands and bars above the lanes: Mali's eras of government, and its memberships and the
 * foreign presences, packed into rows.
 */
import type { ScaleTime } from 'd3-scale';
import { compareCodes, isoToUtcDate } from '../data/dates';
import type { ContextFile, Era, Localized } from '../data/schemas';
import { LAST_YEAR } from '../data/schemas';
import { yearToDate } from './focusScale';

export interface SpanBar {
  id: string;
  label: Localized;
  kind: 'membership' | 'presence';
  from: string;
  to: string | undefined;
  x0: number;
  x1: number;
  row: number;
}

/** Organisations whose membership spans are worth a bar (the rest stay in the panel). */
export const SPAN_ORGANISATIONS = ['OAU', 'AU', 'ECOWAS', 'G5S', 'AES'] as const;

const kindOrder = (kind: SpanBar['kind']) => (kind === 'membership' ? 0 : 1);

export function layoutSpans(
  context: ContextFile,
  scale: ScaleTime<number, number>,
): { bars: SpanBar[]; rows: number } {
  const end = scale(yearToDate(LAST_YEAR + 1));
  const raw: Omit<SpanBar, 'x0' | 'x1' | 'row'>[] = [];
  for (const org of context.organisations) {
    if (!(SPAN_ORGANISATIONS as readonly string[]).includes(org.id)) continue;
    for (const [i, period] of org.maliMembership.entries()) {
      raw.push({
        id: `${org.id}-${String(i)}`,
        label: org.acronym,
        kind: 'membership',
        from: period.from,
        to: period.to,
      });
    }
  }
  for (const presence of context.presences) {
    raw.push({
      id: presence.id,
      label: presence.name,
      kind: 'presence',
      from: presence.from,
      to: presence.to,
    });
  }
  // Mali's memberships take the first rows: when the height allows only a few, they are the
  // ones drawn, and the presences follow.
  raw.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || compareCodes(a.from, b.from));
  const rowEnds: number[] = [];
  const bars = raw.map((bar) => {
    const x0 = scale(isoToUtcDate(bar.from));
    const x1 = bar.to ? Math.max(x0 + 3, scale(isoToUtcDate(bar.to))) : end;
    // A bar may start where another ends (the AU where the OAU ends): the drawing leaves a seam.
    let row = rowEnds.findIndex((rowEnd) => rowEnd <= x0);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = x1;
    return { ...bar, x0, x1, row };
  });
  return { bars, rows: rowEnds.length };
}

export interface EraBand {
  id: string;
  name: Localized;
  x0: number;
  x1: number;
}

/** Each era's band; the last one, still running, reaches the end of the data. */
export function layoutEras(eras: readonly Era[], scale: ScaleTime<number, number>): EraBand[] {
  const end = scale(yearToDate(LAST_YEAR + 1));
  return eras.map((era) => ({
    id: era.id,
    name: era.name,
    x0: scale(isoToUtcDate(era.from)),
    x1: era.to ? scale(isoToUtcDate(era.to)) : end,
  }));
}
