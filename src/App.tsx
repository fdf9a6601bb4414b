import { useState, type ReactNode } from 'react';
import { Announcer } from './app/Announcer';
import { DataProblems } from './app/DataProblems';
import { useChrome } from './app/ChromeContext';
import { LanguageSwitch } from './app/LanguageSwitch';
import { NoticeBar } from './app/NoticeBar';
import { useDocumentLanguage } from './app/useDocumentLanguage';
import { useGlobalKeys } from './app/useGlobalKeys';
import { useMapModule } from './app/useMapModule';
import { useSelectionGuards } from './app/useSelectionGuards';
import { ViewBoundary } from './app/ViewBoundary';
import { ViewSwitch } from './app/ViewSwitch';
import { ViewTabs, type AtlasView } from './app/ViewTabs';
import type { AtlasIndex } from './data/atlasIndex';
import { DataFileError } from './data/dataFiles';
import { useAtlasData } from './data/useAtlasData';
import { EmbedHeader } from './embed/EmbedHeader';
import { useHostBridge } from './embed/useHostBridge';
import { Handout } from './handout/Handout';
import { PrintButton } from './handout/PrintButton';
import { useT } from './i18n/useT';
import { CountrySelect } from './panels/CountrySelect';
import { CountryTable } from './panels/CountryTable';
import { EventListView } from './panels/EventListView';
import { DataSourcesDialog } from './panels/DataSourcesDialog';
import { DetailsPanel } from './panels/DetailsPanel';
import { Legend } from './panels/Legend';
import { OrganisationSelect } from './panels/OrganisationSelect';
import { ShareDialog } from './share/ShareDialog';
import { usePresenting } from './state/hooks';
import { PresentButton } from './stories/PresentButton';
import { PresenterPanel } from './stories/PresenterPanel';
import { StoryBar } from './stories/StoryBar';
import { useStoryDriver } from './stories/useStoryDriver';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { PlayControls } from './timeline/PlayControls';
import { Timeline } from './timeline/Timeline';

/** The map, once its code (loaded in parallel, never holding back the first paint) is there. */
function MapSlot({ index, embed }: { index: AtlasIndex | undefined; embed: boolean }) {
  const { t } = useT();
  const module = useMapModule();
  if (!module) return <p className="map-status">{t('loading.map')}</p>;
  return <module.MapView index={index} cooperativeGestures={embed} />;
}

function Guarded({ children }: { children: ReactNode }) {
  const { t } = useT();
  return (
    <ViewBoundary message={t('error.viewCrashed')} reloadLabel={t('error.reloadView')}>
      {children}
    </ViewBoundary>
  );
}

/** The tab panel of the table or the list view, guarded like every view. */
function ViewPanel({ view, children }: { view: AtlasView; children: ReactNode }) {
  return (
    <div
      className="view-panel"
      id={`view-panel-${view}`}
      role="tabpanel"
      aria-labelledby={`view-tab-${view}`}
    >
      <Guarded>{children}</Guarded>
    </div>
  );
}

export function App() {
  const { t } = useT();
  const chrome = useChrome();
  const embed = chrome.mode === 'embed';
  const data = useAtlasData();
  const index = data.status === 'success' ? data.index : undefined;
  const presenting = usePresenting();
  const [atlasView, setAtlasView] = useState<AtlasView>('map');
  const shownView: AtlasView = embed || presenting ? 'map' : atlasView;
  useDocumentLanguage();
  useGlobalKeys();
  useSelectionGuards(index);
  useStoryDriver();
  useHostBridge(index, chrome.embed, embed);

  const showControls = !embed || chrome.embed.controls;
  const showPanel = !embed || chrome.embed.panel;
  const showTimeline = !embed || chrome.embed.timeline;
  const className = ['app', presenting && 'presenting', embed && 'embed', !showPanel && 'no-panel']
    .filter(Boolean)
    .join(' ');

  return (
    <div className={className} data-theme={chrome.embed.theme}>
      {!embed && (
        <a className="skip-link" href="#timeline">
          {t('app.skipToTimeline')}
        </a>
      )}
      <header className="app-header">
        {embed ? (
          <EmbedHeader />
        ) : (
          <div className="app-titles">
            <h1>{t('app.title')}</h1>
            <p className="subtitle">{t('app.subtitle')}</p>
          </div>
        )}
        {showControls && (
          <div className="app-controls">
            {index && <CountrySelect index={index} />}
            {index && <OrganisationSelect index={index} />}
            <ViewSwitch />
            {!embed && <LanguageSwitch />}
            {!embed && index && <PrintButton />}
            {!embed && <ShareDialog index={index} />}
            {!embed && <PresentButton />}
          </div>
        )}
      </header>
      <NoticeBar />
      <UpdatePrompt
        message={t('update.ready')}
        reloadLabel={t('update.reload')}
        dismissLabel={t('update.dismiss')}
      />
      {index && <Announcer index={index} />}
      {data.status === 'pending' && (
        <p className="loading" role="status">
          {t('loading.data')}
        </p>
      )}
      {data.status === 'error' && (
        <div className="data-error" role="alert">
          {data.errors.map((error) => (
            <p key={error.message}>
              {error instanceof DataFileError
                ? t('error.data', { file: error.file, detail: error.detail })
                : error.message}
            </p>
          ))}
          <button type="button" onClick={data.retry}>
            {t('error.retry')}
          </button>
        </div>
      )}
      {data.status === 'success' && (
        <DataProblems errors={data.errors} problems={data.problems} retry={data.retry} />
      )}
      {/* The map starts while the data files load: it is the slowest part to arrive. */}
      {(index !== undefined || data.status === 'pending') && (
        <main className="atlas">
          <div className="map-area">
            {!embed && !presenting && <ViewTabs view={atlasView} onChange={setAtlasView} />}
            {/* The map stays mounted behind the other views: no second WebGL start-up. */}
            <div
              className="map-frame"
              id="view-panel-map"
              role={embed ? undefined : 'tabpanel'}
              aria-labelledby={embed ? undefined : 'view-tab-map'}
              hidden={shownView !== 'map'}
            >
              <Guarded>
                <MapSlot index={index} embed={embed} />
              </Guarded>
            </div>
            {shownView === 'table' && index && (
              <ViewPanel view="table">
                <CountryTable index={index} />
              </ViewPanel>
            )}
            {shownView === 'list' && index && (
              <ViewPanel view="list">
                <EventListView index={index} />
              </ViewPanel>
            )}
            {shownView === 'map' && index && <Legend index={index} />}
          </div>
          {showPanel && index && (
            <div className="details-area">
              <Guarded>{presenting ? <PresenterPanel /> : <DetailsPanel index={index} />}</Guarded>
            </div>
          )}
          {showTimeline && index && (
            <div className="timeline-area">
              <StoryBar />
              <PlayControls />
              <Guarded>
                <Timeline index={index} />
              </Guarded>
            </div>
          )}
        </main>
      )}
      {index && !embed && <Handout index={index} />}
      {!embed && (
        <footer className="app-footer">
          <p>{t('footer.attribution')}</p>
          {index && <DataSourcesDialog index={index} />}
        </footer>
      )}
    </div>
  );
}
