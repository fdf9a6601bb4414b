import type { Certainty as CertaintyValue, Localized } from '../data/schemas';
import { useT } from '../i18n/useT';

export interface CertaintyProps {
  certainty: CertaintyValue;
  note?: Localized | undefined;
}

/**
 * "Inferred", and why, beside any fact the sources do not state outright; a verified fact with a
 * note (where sources disagree) shows the note alone.
 */
export function Certainty({ certainty, note }: CertaintyProps) {
  const { t, l } = useT();
  if (certainty === 'inferred') {
    return (
      <p className="note inferred">
        {note ? t('details.inferredWhy', { reason: l(note) }) : t('details.inferred')}
      </p>
    );
  }
  return note ? <p className="note">{l(note)}</p> : null;
}
