import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/useT';

export const ATLAS_VIEWS = ['map', 'table', 'list'] as const;
export type AtlasView = (typeof ATLAS_VIEWS)[number];

export interface ViewTabsProps {
  view: AtlasView;
  onChange: (view: AtlasView) => void;
}

/** Map, table or list: the same state, shown three ways (WAI-ARIA tabs, arrows move). */
export function ViewTabs({ view, onChange }: ViewTabsProps) {
  const { t } = useT();
  const onKey = (event: KeyboardEvent) => {
    const i = ATLAS_VIEWS.indexOf(view);
    const next =
      event.key === 'ArrowRight'
        ? ATLAS_VIEWS[(i + 1) % 3]
        : event.key === 'ArrowLeft'
          ? ATLAS_VIEWS[(i + 2) % 3]
          : undefined;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    document.getElementById(`view-tab-${next}`)?.focus();
  };
  return (
    <div className="view-tabs" role="tablist" aria-label={t('views.label')} onKeyDown={onKey}>
      {ATLAS_VIEWS.map((v) => (
        <button
          key={v}
          id={`view-tab-${v}`}
          type="button"
          role="tab"
          aria-selected={view === v}
          aria-controls={`view-panel-${v}`}
          tabIndex={view === v ? 0 : -1}
          onClick={() => onChange(v)}
        >
          {t(`views.${v}`)}
        </button>
      ))}
    </div>
  );
}
