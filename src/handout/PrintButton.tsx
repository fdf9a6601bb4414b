import { useT } from '../i18n/useT';

/** Writes the handout (its map picture included), then opens the browser's print dialog. */
export function PrintButton() {
  const { t } = useT();
  const print = () => {
    window.dispatchEvent(new Event('atlas:print'));
    window.print();
  };
  return (
    <button type="button" className="button-small" onClick={print}>
      {t('handout.print')}
    </button>
  );
}
