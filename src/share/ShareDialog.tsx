import { useId, useRef, useState } from 'react';
import { ModalDialog } from '../app/ModalDialog';
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions, type Theme } from '../embed/embedOptions';
import { LANGUAGES, type Language } from '../i18n/messages';
import { translate } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { useStoreApi } from '../state/StoreContext';
import type { SelectionState } from '../state/store';
import { atlasBase, embedCode, fullAtlasUrl } from './shareLinks';

type CopyState = 'idle' | 'copied' | 'manual';

function CopyField({
  label,
  value,
  multiline,
}: {
  label: string;
  value: string;
  multiline: boolean;
}) {
  const { t } = useT();
  const id = useId();
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      // No clipboard permission (some embeds, older browsers): select it for Ctrl+C.
      fieldRef.current?.select();
      setState('manual');
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          ref={fieldRef}
          readOnly
          value={value}
          rows={4}
          onFocus={(e) => e.target.select()}
        />
      ) : (
        <input id={id} ref={fieldRef} readOnly value={value} onFocus={(e) => e.target.select()} />
      )}
      <div className="copy-row">
        <button type="button" className="button-small" onClick={() => void copy()}>
          {t('share.copy', { what: label })}
        </button>
        <span role="status" className="note">
          {state === 'copied'
            ? t('share.copied')
            : state === 'manual'
              ? t('share.copyManually')
              : ''}
        </span>
      </div>
    </div>
  );
}

/** The link and the embed code for what the reader sees now, with the embed's options. */
export function ShareDialog() {
  const { t } = useT();
  const store = useStoreApi();
  const [snapshot, setSnapshot] = useState<SelectionState>(() => store.getState());
  return (
    <ModalDialog
      openLabel={t('share.open')}
      title={t('share.title')}
      onOpen={() => setSnapshot(store.getState())}
    >
      <ShareContent snapshot={snapshot} />
    </ModalDialog>
  );
}

function ShareContent({ snapshot }: { snapshot: SelectionState }) {
  const { t } = useT();
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  const [embedLang, setEmbedLang] = useState<Language>(snapshot.lang);
  const [withScript, setWithScript] = useState(true);
  const base = atlasBase(window.location.origin, import.meta.env.BASE_URL);
  const toggle = (key: 'timeline' | 'panel' | 'controls' | 'interactive') => (checked: boolean) =>
    setOptions((o) => ({ ...o, [key]: checked }));
  const state = { ...snapshot, lang: embedLang };
  const title = `${translate(embedLang, 'app.title')} — ${translate(embedLang, 'app.subtitle')} (${String(state.year)})`;
  return (
    <>
      <CopyField label={t('share.link')} value={fullAtlasUrl(base, snapshot)} multiline={false} />
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
