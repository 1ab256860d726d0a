import { DownloadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSearch } from '../members/api';
import {
  type ExchangeColumnKey,
  exchangeColumnKeys,
  exportHref,
  lastExportColumns,
  rememberExportColumns,
} from './api';

/**
 * "Xuất Excel" of the list as it is filtered now: the user ticks the columns (the last choice is kept in this
 * browser) and downloads an .xlsx in the layout of the national member database, Vietnamese headers.
 */
export function ExportButton({ search }: { search: MemberSearch }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [columns, setColumns] = useState<ExchangeColumnKey[]>(lastExportColumns);
  // Keep the layout's order whatever order the boxes were ticked in.
  const ordered = exchangeColumnKeys.filter((k) => columns.includes(k));

  return (
    <>
      <Button icon={<DownloadOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('exchange.export.button')}
      </Button>
      <Modal
        open={open}
        title={t('exchange.export.title')}
        onCancel={() => setOpen(false)}
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>,
          <Button
            key="download"
            type="primary"
            icon={<DownloadOutlined aria-hidden />}
            disabled={ordered.length === 0}
            href={ordered.length > 0 ? exportHref(search, ordered) : undefined}
            onClick={() => {
              rememberExportColumns(ordered);
              setOpen(false);
            }}
          >
            {t('exchange.export.download')}
          </Button>,
        ]}
      >
        <p>{t('exchange.export.intro')}</p>
        <div className="page-header-extra" style={{ marginBottom: 12 }}>
          <Button size="small" onClick={() => setColumns([...exchangeColumnKeys])}>
            {t('exchange.export.all')}
          </Button>
          <Button size="small" onClick={() => setColumns(['stt', 'fullName'])}>
            {t('exchange.export.none')}
          </Button>
        </div>
        <Checkbox.Group
          className="exchange-columns"
          aria-label={t('exchange.export.columns')}
          value={columns}
          onChange={(value) => setColumns(value as ExchangeColumnKey[])}
          options={exchangeColumnKeys.map((key) => ({ value: key, label: t(`exchange.columns.${key}`) }))}
        />
      </Modal>
    </>
  );
}
