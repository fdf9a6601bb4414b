/**
 * The map's key: each colour the map uses, how it is drawn (a filled swatch or a line) and the
 * message that names it. One list for the legend on the page (panels/Legend.tsx) and the one
 * drawn into a downloaded image (src/picture), so the two never disagree. The messages are named
 * by key (the catalogue is i18n's; theme imports only data).
 */
import { RELATION_STATUSES, type RelationStatus } from '../data/schemas';
import { MAP_COLOURS, STATUS_COLOURS } from './palette';

/** How a key shows its colour: a filled square, a dashed link line, a dashed outline. */
export type LegendSwatch = 'fill' | 'link' | 'member';

export interface LegendKey {
  id: string;
  swatch: LegendSwatch;
  colour: string;
  /** The message naming it; `legend.members` takes `{org}` and `{year}`. */
  message:
    'legend.mali' | `status.${RelationStatus}` | 'legend.noData' | 'legend.link' | 'legend.members';
}

/** The keys in the legend's order; the members' outline only when an organisation is shown. */
export function legendKeys(showsMembers: boolean): LegendKey[] {
  return [
    { id: 'mali', swatch: 'fill', colour: MAP_COLOURS.mali, message: 'legend.mali' },
    ...RELATION_STATUSES.map((status): LegendKey => ({
      id: status,
      swatch: 'fill',
      colour: STATUS_COLOURS[status],
      message: `status.${status}`,
    })),
    { id: 'noData', swatch: 'fill', colour: MAP_COLOURS.noData, message: 'legend.noData' },
    { id: 'link', swatch: 'link', colour: MAP_COLOURS.link, message: 'legend.link' },
    ...(showsMembers
      ? [
          {
            id: 'members',
            swatch: 'member',
            colour: MAP_COLOURS.memberOutline,
            message: 'legend.members',
          } satisfies LegendKey,
        ]
      : []),
  ];
}
