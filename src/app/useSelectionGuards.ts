import { useEffect } from 'react';
import { organisationsWithMembers, type AtlasIndex } from '../data/atlasIndex';
import { translate } from '../i18n/translate';
import { useStoreApi } from '../state/StoreContext';

/**
 * Once the data is loaded, a country or event the atlas does not hold (from a link or a host
 * page) is dropped with a notice rather than left dangling.
 */
export function useSelectionGuards(index: AtlasIndex | undefined): void {
  const store = useStoreApi();
  useEffect(() => {
    if (!index) return;
    const check = () => {
      const { country, event, org, lang, actions } = store.getState();
      const problems: string[] = [];
      if (country && !index.countriesByIso.has(country)) {
        problems.push(translate(lang, 'notice.unknownCountry', { value: country }));
        actions.selectCountry(null);
      }
      if (event && !index.eventsById.has(event)) {
        problems.push(translate(lang, 'notice.unknownEvent', { value: event }));
        actions.selectEvent(null);
      }
      if (org && !organisationsWithMembers(index).some((o) => o.id === org)) {
        problems.push(translate(lang, 'notice.unknownOrg', { value: org }));
        actions.showOrganisation(null);
      }
      if (problems.length > 0) {
        actions.addNotice(translate(lang, 'notice.ignoredParams', { list: problems.join('; ') }));
      }
    };
    check();
    return store.subscribe((s, p) => {
      if (s.country !== p.country || s.event !== p.event || s.org !== p.org) check();
    });
  }, [index, store]);
}
