import { CiteDialog } from './cite/CiteDialog';
import type { AtlasIndex } from './data/atlasIndex';
import { EmbedHeader } from './embed/EmbedHeader';
import { NewLessonButton } from './lessons/NewLessonButton';
import { LanguageSwitch } from './i18n/LanguageSwitch';
import { useT } from './i18n/useT';
import { CountrySelect } from './panels/CountrySelect';
import { ShareDialog } from './share/ShareDialog';
import { fullAtlasLink } from './share/shareLinks';
import { useActions } from './state/hooks';
import { PresentButton } from './stories/PresentButton';
import { DownloadImage } from './picture/DownloadImage';

export interface AppHeaderProps {
  /** Undefined while the data loads: the controls that need it wait. */
  index: AtlasIndex | undefined;
  embed: boolean;
  /** False in an embed asked for no controls. */
  controls: boolean;
}

/**
 * The title (or the embed's own small one) and the controls of the whole atlas, in one compact
 * row: the map's own controls (frame, organisation) sit on the map, the handout beside the
 * citation in Details, so the header leaves the height to the map.
 */
export function AppHeader({ index, embed, controls }: AppHeaderProps) {
  const { t } = useT();
  const { setLanguage } = useActions();
  return (
    <header className="app-header">
      {embed ? (
        <EmbedHeader linkTo={fullAtlasLink} />
      ) : (
        <div className="app-titles">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
      )}
      {controls && (
        <div className="app-controls">
          {index && <CountrySelect index={index} />}
          {!embed && <LanguageSwitch onChange={setLanguage} />}
          {!embed && (
            <ShareDialog picture={index && <DownloadImage index={index} />}>
              {index && <CiteDialog index={index} />}
            </ShareDialog>
          )}
          {!embed && <NewLessonButton />}
          {!embed && <PresentButton index={index} />}
        </div>
      )}
    </header>
  );
}
