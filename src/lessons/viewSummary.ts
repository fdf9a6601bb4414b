import { countryNameInYear, organisationsWithMembers, type AtlasIndex } from '../data/atlasIndex';
import type { Translator } from '../i18n/useT';
import { DEFAULT_FRAME } from '../state/stateConstants';
import type { LessonStep } from './lessonFormat';

/** What a step shows, in words: "2013 · France · Operation Serval · Region · G5 Sahel". */
export function viewSummary(
  index: AtlasIndex,
  view: Omit<LessonStep, 'caption'>,
  { t, l }: Pick<Translator, 't' | 'l'>,
): string {
  const country = view.country ? index.countriesByIso.get(view.country) : undefined;
  const event = view.event ? index.eventsById.get(view.event) : undefined;
  const org = view.org ? organisationsWithMembers(index).find((o) => o.id === view.org) : undefined;
  return [
    String(view.year),
    country && l(countryNameInYear(index, country, view.year)),
    event && l(event.title),
    t(`map.frame.${view.frame ?? DEFAULT_FRAME}`),
    org && `${t('org.label')} ${l(org.acronym)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
