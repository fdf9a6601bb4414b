import { flushSync } from 'react-dom';
import { useT } from '../i18n/useT';

/** Refreshes the handout's map picture, then opens the browser's print dialog. */
export function PrintButton() {
  const { t } = useT();
  const print = () => {
    flushSync(() => window.dispatchEvent(new Event('atlas:print')));
    window.print();
  };
  return (
    <button type="button" className="button-small" onClick={print}>
      {t('handout.print')}
    </button>
  );
}
