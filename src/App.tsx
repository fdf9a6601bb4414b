/**
 * The page's layout, and nothing else: what each part of the screen holds. The behaviour lives
 * in the store and the subscriptions started with it (startAtlas.ts).
 */
import type { ReactNode } from 'react';
import type { AtlasIndex } from './data/atlasIndex';
import { useAtlasData } from './data/atlasData';
import { useChrome } from './embed/chrome';
import { Handout } from './handout/Handout';
import { PrintButton } from './handout/PrintButton';
import { AppHeader } from './AppHeader';
import { LessonDropZone } from './lessons/LessonDropZone';
import { useLessons } from './lessons/LessonsContext';
import { LessonEditor } from './lessons/LessonEditor';
import { useDocumentLanguage } from './i18n/useDocumentLanguage';
import { useT } from './i18n/useT';
import { FrameSwitch } from './map/FrameSwitch';
import { MapSlot } from './map/MapSlot';
import { Announcer } from './panels/Announcer';
import { AtlasTabs, TabPanel } from './panels/AtlasTabs';
import { CountryTable } from './panels/CountryTable';
import { DataSourcesDialog } from './panels/DataSourcesDialog';
import { DataStatus } from './panels/DataStatus';
import { DetailsPanel } from './panels/DetailsPanel';
import { EventListView } from './panels/EventListView';
import { Legend } from './panels/Legend';
import { NoticeBar } from './panels/NoticeBar';
import { OrganisationSelect } from './panels/OrganisationSelect';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { useAtlasTab, usePresenting } from './state/hooks';
import { useAtlas } from './state/StoreContext';
import { PresenterPanel } from './stories/PresenterPanel';
import { StoryBar } from './stories/StoryBar';
import { useTours } from './stories/useActiveStory';
import { PlayControls } from './timeline/PlayControls';
import { Timeline } from './timeline/Timeline';
import { ErrorBoundary } from './ui/ErrorBoundary';

/** Each part of the page keeps its own crash to itself. */
function Part({ children }: { children: ReactNode }) {
  const { t } = useT();
  return (
    <ErrorBoundary message={t('error.partCrashed')} reloadLabel={t('error.reloadPart')}>
      {children}
    </ErrorBoundary>
  );
}

/**
 * The handout, told which tour to print step by step: the lesson open in the editor, else the
 * story or lesson being followed. Apart from App, so that following a tour re-renders this alone.
 */
function PrintedHandout({ index }: { index: AtlasIndex }) {
  const { stories, lessons } = useTours(index);
  const followed = useAtlas((s) => s.story);
  // The lesson open in the editor prints itself, as a teacher preparing a class expects.
  const editing = useLessons((s) => s.editingId);
  const tourId = editing && lessons.some((l) => l.id === editing) ? editing : followed;
  const tour = tourId
    ? (stories.find((s) => s.id === tourId) ?? lessons.find((s) => s.id === tourId))
    : undefined;
  return <Handout index={index} tour={tour} />;
}

export function App() {
  const { t } = useT();
  const chrome = useChrome();
  const embed = chrome.mode === 'embed';
  const data = useAtlasData();
  const index = data.status === 'success' ? data.index : undefined;
  const presenting = usePresenting();
  const tab = useAtlasTab();
  // The embed and presenter mode show the map alone.
  const shownTab = embed || presenting ? 'map' : tab;
  useDocumentLanguage();

  const showPanel = !embed || chrome.embed.panel;
  const showTabs = !embed && !presenting;
  const showMapControls = !presenting && (!embed || chrome.embed.controls);
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
      <AppHeader index={index} embed={embed} controls={!embed || chrome.embed.controls} />
      {/* A classroom's screen shows the lesson alone: the notices wait for the end. */}
      {!presenting && <NoticeBar />}
      <UpdatePrompt
        message={t('update.ready')}
        reloadLabel={t('update.reload')}
        dismissLabel={t('update.dismiss')}
      />
      {index && <Announcer index={index} />}
      <DataStatus data={data} />
      {/* The map starts while the data files load: it is the slowest part to arrive. */}
      {(index !== undefined || data.status === 'pending') && (
        <main className="atlas">
          <div className={`map-area showing-${shownTab}`} data-map-area>
            {/* On the map's top edge: what to show, and how to frame and outline it. */}
            {(showTabs || showMapControls) && (
              <div className="map-toolbar" data-map-overlay>
                {showTabs && <AtlasTabs />}
                {showMapControls && (
                  <div className="map-controls">
                    <FrameSwitch />
                    {index && <OrganisationSelect index={index} />}
                  </div>
                )}
              </div>
            )}
            {/* The map stays mounted behind the other tabs: no second WebGL start-up. */}
            <TabPanel tab="map" className="map-frame" labelled={!embed} hidden={shownTab !== 'map'}>
              <Part>
                <MapSlot index={index} embed={embed} />
              </Part>
            </TabPanel>
            {shownTab !== 'map' && index && (
              <TabPanel key={shownTab} tab={shownTab}>
                <Part>
                  {shownTab === 'table' ? (
                    <CountryTable index={index} />
                  ) : (
                    <EventListView index={index} />
                  )}
                </Part>
              </TabPanel>
            )}
            {shownTab === 'map' && index && <Legend index={index} />}
          </div>
          {showPanel && index && (
            <div className="details-area">
              <Part>
                {presenting ? (
                  <PresenterPanel index={index} />
                ) : (
                  <>
                    {!embed && <LessonEditor index={index} />}
                    <DetailsPanel index={index} actions={!embed && <PrintButton />} />
                  </>
                )}
              </Part>
            </div>
          )}
          {showTimeline && index && (
            <div className="timeline-area">
              <StoryBar index={index} />
              <Part>
                <Timeline index={index} controls={<PlayControls />} />
              </Part>
            </div>
          )}
        </main>
      )}
      {index && !embed && <PrintedHandout index={index} />}
      {index && !embed && <LessonDropZone index={index} />}
      {!embed && (
        <footer className="app-footer">
          <p>{t('footer.attribution')}</p>
          {index && <DataSourcesDialog index={index} />}
        </footer>
      )}
    </div>
  );
}
