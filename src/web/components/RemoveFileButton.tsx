import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  fileName: string;
  /** The catalogue block holding `remove`, `removeFor` and `removeConfirm` for this kind of file. */
  labels: 'documents.files' | 'meetings.documents';
  loading: boolean;
  onConfirm: () => void;
}

/** "Gỡ" beside an attached file, asking first. */
export function RemoveFileButton({ fileName, labels, loading, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={t(`${labels}.removeConfirm`, { name: fileName })}
      okText={t(`${labels}.remove`)}
      cancelText={t('common.cancel')}
      onConfirm={onConfirm}
    >
      <Button
        danger
        size="small"
        icon={<DeleteOutlined aria-hidden />}
        loading={loading}
        aria-label={t(`${labels}.removeFor`, { name: fileName })}
      >
        {t(`${labels}.remove`)}
      </Button>
    </Popconfirm>
  );
}
