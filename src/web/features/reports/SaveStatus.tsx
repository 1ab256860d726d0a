import { CheckCircleOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './saveQueue';

/** "Đã lưu lúc 14:05" / "Đang lưu…" / "Chưa lưu được", announced politely to screen readers. */
export function SaveStatus({ state, live = true }: { state: SaveState; live?: boolean }) {
  const { t } = useTranslation();
  let text: ReactNode = null;
  if (state.kind === 'pending') text = <span className="muted">{t('reports.save.pending')}</span>;
  else if (state.kind === 'saving')
    text = (
      <span className="muted">
        <LoadingOutlined aria-hidden /> {t('reports.save.saving')}
      </span>
    );
  else if (state.kind === 'saved')
    text = (
      <span className="status-text status-ok">
        <CheckCircleOutlined aria-hidden />{' '}
        {t('reports.save.savedAt', { time: dayjs(state.at).format('HH:mm') })}
      </span>
    );
  else if (state.kind === 'error')
    text = (
      <span className="status-text status-bad">
        <WarningOutlined aria-hidden /> {t('reports.save.failed', { reason: state.message })}
      </span>
    );
  else if (state.kind === 'stale')
    text = <span className="status-text status-warn">{t('reports.save.stale')}</span>;
  else text = <span className="muted">{t('reports.save.idle')}</span>;
  if (!live) return <span className="report-save-status">{text}</span>;
  return (
    <output className="report-save-status" aria-live="polite">
      {text}
    </output>
  );
}
