import { useId, useMemo, useState } from 'react';
import type { AtlasIndex, DisplayStatus } from '../data/atlasIndex';
import { RELATION_STATUSES } from '../data/schemas';
import { useT } from '../i18n/useT';
import { useActions, useSelectedCountry, useSelectedYear } from '../state/hooks';
import {
  countryRows,
  filterRows,
  sortRows,
  type SortDirection,
  type SortKey,
} from './countryTableModel';
import { StatusBadge } from './StatusBadge';
import './dataViews.css';

export interface CountryTableProps {
  index: AtlasIndex;
}

const COLUMNS: SortKey[] = ['name', 'status', 'since', 'events'];

function isStatusFilter(value: string): value is DisplayStatus | 'all' {
  return (
    value === 'all' ||
    value === 'unknown' ||
    (RELATION_STATUSES as readonly string[]).includes(value)
  );
}

/** The map as a table: every country with its status in the selected year; sortable, filterable. */
export function CountryTable({ index }: CountryTableProps) {
  const { t, lang, date } = useT();
  const year = useSelectedYear();
  const selected = useSelectedCountry();
  const { selectCountry } = useActions();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<DisplayStatus | 'all'>('all');
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'name',
    direction: 'ascending',
  });
  const searchId = useId();
  const statusId = useId();
  const rows = useMemo(
    () =>
      sortRows(
        filterRows(countryRows(index, year, lang), text, status),
        sort.key,
        sort.direction,
        lang,
      ),
    [index, year, lang, text, status, sort],
  );
  const toggleSort = (key: SortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <div className="data-view">
      <div className="data-view-filters">
        <label htmlFor={searchId}>{t('table.filter')}</label>
        <input id={searchId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor={statusId}>{t('table.status')}</label>
        <select
          id={statusId}
          value={status}
          onChange={(e) => {
            if (isStatusFilter(e.target.value)) setStatus(e.target.value);
          }}
        >
          <option value="all">{t('table.allStatuses')}</option>
          {[...RELATION_STATUSES, 'unknown' as const].map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <span role="status" className="note">
          {t('table.count', { count: rows.length, year })}
        </span>
      </div>
      <table className="data-table">
        <caption className="visually-hidden">{t('table.caption', { year })}</caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : 'none'}>
                <button type="button" className="sort-button" onClick={() => toggleSort(key)}>
                  {t(`table.column.${key}`)}
                  <span aria-hidden="true">
                    {sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.iso3} className={row.iso3 === selected ? 'is-selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={row.iso3 === selected}
                  onClick={() => selectCountry(row.iso3)}
                >
                  {row.name}
                </button>
              </th>
              <td>{row.status === 'mali' ? '—' : <StatusBadge status={row.status} />}</td>
              <td>{row.since ? date(row.since) : '—'}</td>
              <td>{row.events}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
