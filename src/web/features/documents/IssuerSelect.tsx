import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DocumentIssuer, issuersQuery } from './api';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  'aria-label'?: string;
  status?: 'error' | 'warning' | '';
}

export const issuerLabel = (issuer: DocumentIssuer) => `${issuer.code} — ${issuer.name}`;

/** Picks a body that issues documents by its code or name ("TW — Ban Chấp hành Trung ương"). */
export function IssuerSelect({ id, value, onChange, placeholder, status, ...aria }: Props) {
  const { t } = useTranslation();
  const issuers = useQuery(issuersQuery);
  return (
    <Select
      id={id}
      aria-label={aria['aria-label']}
      status={status}
      value={value}
      onChange={(next?: string) => onChange?.(next || undefined)}
      loading={issuers.isPending}
      placeholder={placeholder ?? t('documents.form.pickIssuer')}
      options={(issuers.data?.items ?? []).map((issuer) => ({
        value: issuer.id,
        label: issuerLabel(issuer),
      }))}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
    />
  );
}
