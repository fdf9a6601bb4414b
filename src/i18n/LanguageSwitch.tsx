import { LANGUAGES, type Language } from './messages';
import { useT } from './useT';

const NAMES = { en: 'English', fr: 'Français' } as const;

export interface LanguageSwitchProps {
  onChange: (lang: Language) => void;
}

export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { t, lang } = useT();
  return (
    <div className="segmented" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          onClick={() => onChange(l)}
        >
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
