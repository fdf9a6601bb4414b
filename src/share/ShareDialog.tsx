import { useState, type ReactNode } from 'react';
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions, type Theme } from '../embed/embedOptions';
import { LANGUAGES, type Language } from '../i18n/messages';
import { translate } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { useSelectionSnapshot } from '../state/hooks';
import type { SelectionState } from '../state/store';
import { CopyField } from '../ui/CopyField';
import { ModalDialog } from '../ui/ModalDialog';
import { currentAtlasBase, embedCode, fullAtlasUrl } from './shareLinks';
import './shareDialog.css';

export interface ShareDialogProps {
  /** Offered below the link, before the embed (Download image, once the data is loaded). */
  picture?: ReactNode;
  /** Offered below the link and the code (Cite this view, once the data is loaded). */
  children?: ReactNode;
}

/** The link and the embed code for what the reader sees now, with the embed's options. */
export function ShareDialog({ picture, children }: ShareDialogProps) {
  const { t } = useT();
  const [snapshot, takeSnapshot] = useSelectionSnapshot();
  return (
    <ModalDialog openLabel={t('share.open')} title={t('share.title')} onOpen={takeSnapshot}>
      <ShareContent snapshot={snapshot} picture={picture} />
      {children}
    </ModalDialog>
  );
}

function ShareContent({ snapshot, picture }: { snapshot: SelectionState; picture: ReactNode }) {
  const { t } = useT();
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  const [embedLang, setEmbedLang] = useState<Language>(snapshot.lang);
  const [withScript, setWithScript] = useState(true);
  const base = currentAtlasBase();
  const toggle = (key: 'timeline' | 'panel' | 'controls' | 'interactive') => (checked: boolean) =>
    setOptions((o) => ({ ...o, [key]: checked }));
  const state = { ...snapshot, lang: embedLang };
  const title = `${translate(embedLang, 'app.title')} — ${translate(embedLang, 'app.subtitle')} (${String(state.year)})`;
  return (
    <>
      <CopyField label={t('share.link')} value={fullAtlasUrl(base, snapshot)} multiline={false} />
      {picture}
      <fieldset className="share-options">
        <legend>{t('share.options')}</legend>
        {(['timeline', 'panel', 'controls', 'interactive'] as const).map((key) => (
          <label key={key}>
            <input
              type="checkbox"
              checked={options[key]}
              onChange={(e) => toggle(key)(e.target.checked)}
            />{' '}
            {t(`share.option.${key}`)}
          </label>
        ))}
        <label>
          {t('app.language')}{' '}
          <select
            value={embedLang}
            onChange={(e) => setEmbedLang(e.target.value === 'fr' ? 'fr' : 'en')}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'en' ? 'English' : 'Français'}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('share.theme')}{' '}
          <select
            value={options.theme}
            onChange={(e) => {
              const theme: Theme = e.target.value === 'dark' ? 'dark' : 'light';
              setOptions((o) => ({ ...o, theme }));
            }}
          >
            <option value="light">{t('share.theme.light')}</option>
            <option value="dark">{t('share.theme.dark')}</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={withScript}
            onChange={(e) => setWithScript(e.target.checked)}
          />{' '}
          {t('share.option.script')}
        </label>
      </fieldset>
      <CopyField
        label={t('share.embed')}
        value={embedCode({ base, state, options, title, withResizeScript: withScript })}
        multiline
      />
    </>
  );
}
