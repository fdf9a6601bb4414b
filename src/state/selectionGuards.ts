import { organisationsWithMembers, type AtlasIndex } from '../data/atlasIndex';
import { translate } from '../i18n/translate';
import type { AtlasStoreApi } from './store';
import { replaceNextUrlWrite } from './urlSync';

/** Calls its listener with each index the atlas builds; returns the way to stop. */
export type WatchIndex = (listener: (index: AtlasIndex) => void) => () => void;

/**
 * Once the data is loaded, a country, event or organisation the atlas does not hold (from a link
 * or a host page) is dropped with a notice rather than left dangling. The correction replaces the
 * link's history entry: Back then leaves the page instead of returning to the bad value, which
 * would be dropped again (and the reader could never go back past it).
 */
export function startSelectionGuards(store: AtlasStoreApi, watchIndex: WatchIndex): () => void {
  let stopChecking: (() => void) | undefined;
  const stopWatching = watchIndex((index) => {
    const check = () => {
      const { country, event, org, lang, actions } = store.getState();
      const unknown: ('country' | 'event' | 'org')[] = [];
      const problems: string[] = [];
      if (country && !index.countriesByIso.has(country)) {
        unknown.push('country');
        problems.push(translate(lang, 'notice.unknownCountry', { value: country }));
      }
      if (event && !index.eventsById.has(event)) {
        unknown.push('event');
        problems.push(translate(lang, 'notice.unknownEvent', { value: event }));
      }
      if (org && !organisationsWithMembers(index).some((o) => o.id === org)) {
        unknown.push('org');
        problems.push(translate(lang, 'notice.unknownOrg', { value: org }));
      }
      if (unknown.length === 0) return;
      replaceNextUrlWrite();
      actions.dropUnknown(unknown);
      actions.addNotice(translate(lang, 'notice.ignoredParams', { list: problems.join('; ') }));
    };
    stopChecking?.();
    check();
    stopChecking = store.subscribe((s, p) => {
      if (s.country !== p.country || s.event !== p.event || s.org !== p.org) check();
    });
  });
  return () => {
    stopWatching();
    stopChecking?.();
  };
}
