import { organisationsWithMembers, type AtlasIndex } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import { useActions, useShownOrganisation } from '../state/hooks';
import './countrySelect.css';

export interface OrganisationSelectProps {
  index: AtlasIndex;
}

/** Outlines an organisation's member states on the map, as they were in the selected year. */
export function OrganisationSelect({ index }: OrganisationSelectProps) {
  const { t, l } = useT();
  const org = useShownOrganisation();
  const { showOrganisation } = useActions();
  return (
    <label className="country-select org-select">
      <span>{t('org.label')}</span>
      <select value={org ?? ''} onChange={(e) => showOrganisation(e.target.value || null)}>
        <option value="">{t('org.none')}</option>
        {organisationsWithMembers(index).map((o) => (
          <option key={o.id} value={o.id}>
            {l(o.acronym)}
          </option>
        ))}
      </select>
    </label>
  );
}
