import { useEffect } from 'react';
import { useT } from '../i18n/useT';

/** Keeps <html lang>, the title and the meta description in the reader's language. */
export function useDocumentLanguage(): void {
  const { lang, t } = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('app.title')} — ${t('app.subtitle')}`;
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute('content', t('app.description'));
  }, [lang, t]);
}
