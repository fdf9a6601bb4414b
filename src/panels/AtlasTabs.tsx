import type { KeyboardEvent, ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { useActions, useAtlasTab } from '../state/hooks';
import { ATLAS_TABS, type AtlasTab } from '../state/stateConstants';
import './atlasTabs.css';

export const tabId = (tab: AtlasTab) => `atlas-tab-${tab}`;
export const tabPanelId = (tab: AtlasTab) => `atlas-tab-panel-${tab}`;

/** Map, table or events list: the same selection, shown three ways (WAI-ARIA tabs, arrows move). */
export function AtlasTabs() {
  const { t } = useT();
  const tab = useAtlasTab();
  const { setTab } = useActions();
  const onKey = (event: KeyboardEvent) => {
    const i = ATLAS_TABS.indexOf(tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = ATLAS_TABS[(i + step + ATLAS_TABS.length) % ATLAS_TABS.length] ?? tab;
    setTab(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div className="atlas-tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKey}>
      {ATLAS_TABS.map((v) => (
        <button
          key={v}
          id={tabId(v)}
          type="button"
          role="tab"
          aria-selected={tab === v}
          aria-controls={tabPanelId(v)}
          tabIndex={tab === v ? 0 : -1}
          onClick={() => setTab(v)}
        >
          {t(`tabs.${v}`)}
        </button>
      ))}
    </div>
  );
}

export interface TabPanelProps {
  tab: AtlasTab;
  /** False in the embed and in presenter mode, where the map stands alone. */
  labelled?: boolean;
  hidden?: boolean;
  className?: string;
  children: ReactNode;
}

/** The panel a tab shows. */
export function TabPanel({ tab, labelled = true, hidden, className, children }: TabPanelProps) {
  return (
    <div
      className={className ?? 'tab-panel'}
      id={tabPanelId(tab)}
      role={labelled ? 'tabpanel' : undefined}
      aria-labelledby={labelled ? tabId(tab) : undefined}
      hidden={hidden}
    >
      {children}
    </div>
  );
}
