import { useMemo } from 'react';
import { countryNameInYear, statusAt, type AtlasIndex } from '../data/atlasIndex';
import { nameCollator } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { useActions, useSelectedCountry, useSelectedYear } from '../state/hooks';
import './countrySelect.css';

export interface CountrySelectProps {
  index: AtlasIndex;
}

/** The keyboard way to choose any country the map colours. */
export function CountrySelect({ index }: CountrySelectProps) {
  const { t, l, lang } = useT();
  const year = useSelectedYear();
  const selected = useSelectedCountry();
  const { selectCountry } = useActions();
  const options = useMemo(
    () =>
      index.countries
        .map((c) => ({
          iso3: c.iso3,
          name: l(countryNameInYear(index, c, year)),
          status: statusAt(c, year),
        }))
        .sort((a, b) => nameCollator(lang).compare(a.name, b.name)),
    [index, year, l, lang],
  );
  return (
    <label className="country-select">
      <span>{t('country.label')}</span>
      <select
        value={selected ?? ''}
        onChange={(e) => selectCountry(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{t('country.none')}</option>
        {options.map((o) => (
          <option key={o.iso3} value={o.iso3}>
            {o.status === 'mali' || o.status === 'unknown'
              ? o.name
              : `${o.name} — ${t(`status.${o.status}`)}`}
          </option>
        ))}
      </select>
    </label>
  );
}
