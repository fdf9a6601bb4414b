import type { ReactNode } from 'react';
import { CiteDialog } from '../cite/CiteDialog';
import type { AtlasIndex } from '../data/atlasIndex';
import { useT } from '../i18n/useT';
import { useActions, useSelectedCountry, useSelectedEvent, useSelectedYear } from '../state/hooks';
import { CountryDetails } from './CountryDetails';
import { EventDetails } from './EventDetails';
import { YearSummary } from './YearSummary';
import { crashIfProbed } from '../ui/crashProbe';
import './detailsPanel.css';

export interface DetailsPanelProps {
  index: AtlasIndex;
  /** More actions on the view shown, beside Cite this view (the handout, in the full atlas). */
  actions?: ReactNode;
}

/** The region named Details: the selected event, else the selected country, else the year. */
export function DetailsPanel({ index, actions }: DetailsPanelProps) {
  if (import.meta.env.DEV) crashIfProbed('panel');
  const { t } = useT();
  const year = useSelectedYear();
  const countryCode = useSelectedCountry();
  const eventId = useSelectedEvent();
  const { clearSelection } = useActions();
  const event = eventId ? index.eventsById.get(eventId) : undefined;
  const country = countryCode ? index.countriesByIso.get(countryCode) : undefined;
  return (
    <aside className="details" role="region" aria-label={t('details.label')}>
      {(event ?? country) && (
        <button type="button" className="button-small details-close" onClick={clearSelection}>
          {t('details.close')}
        </button>
      )}
      {event ? (
        <EventDetails index={index} event={event} />
      ) : country ? (
        <CountryDetails index={index} country={country} year={year} />
      ) : (
        <YearSummary index={index} year={year} />
      )}
      <div className="details-actions">
        <CiteDialog index={index} />
        {actions}
      </div>
      {event && country && (
        <details className="details-more">
          <summary>{t('details.country.events')}</summary>
          <CountryDetails index={index} country={country} year={year} />
        </details>
      )}
    </aside>
  );
}
