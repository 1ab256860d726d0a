import { CheckOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { StatusText } from '../../components/StatusText';
import { confirmRead } from './api';

/** A member confirms having read a document given to their cell; once done it says since when. */
export function ReadButton({
  documentId,
  readOn,
  label,
}: {
  documentId: string;
  readOn: string | null;
  /** The accessible name when several of these stand in one list. */
  label?: string;
}) {
  const { t } = useTranslation();
  const { busy, run } = useBusy();
  if (readOn) {
    return <StatusText tone="ok">{t('documentsStudy.read.done', { date: formatDate(readOn) })}</StatusText>;
  }
  return (
    <Button
      type="primary"
      icon={<CheckOutlined aria-hidden />}
      loading={busy}
      aria-label={label}
      onClick={() => void run(() => confirmRead(documentId))}
    >
      {t('documentsStudy.read.button')}
    </Button>
  );
}
