import { useT } from '../i18n/useT';
import { useActions, useNotices } from '../state/hooks';
import './notices.css';

/** Dismissible notices, such as link parameters that were ignored. */
export function NoticeBar() {
  const notices = useNotices();
  const { dismissNotice } = useActions();
  const { t } = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{notice.text}</span>
          <button type="button" className="button-small" onClick={() => dismissNotice(notice.id)}>
            {t('notice.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
