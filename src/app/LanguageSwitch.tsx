import { LANGUAGES } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useActions } from '../state/hooks';

const NAMES = { en: 'English', fr: 'Français' } as const;

export function LanguageSwitch() {
  const { t, lang } = useT();
  const { setLanguage } = useActions();
  return (
    <div className="segmented" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          onClick={() => setLanguage(l)}
        >
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
