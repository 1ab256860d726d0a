import { Input, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidKey } from './keys';

interface KeyInputProps {
  value: string;
  onChange: (key: string) => void;
}

/**
 * The key data is stored under, made from the label and shown so the user can see or change it. Changing the
 * key of a field that already has data is refused by the server like removing it.
 */
export function KeyInput({ value, onChange }: KeyInputProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="rforms-key">
      <Typography.Text type="secondary">
        <label htmlFor={id}>{t('reportForms.key')}</label>
      </Typography.Text>
      <Input
        id={id}
        size="small"
        value={value}
        status={isValidKey(value) ? undefined : 'error'}
        maxLength={40}
        onChange={(e) => onChange(e.target.value.toLowerCase().replace(/[^a-z0-9_]/g, '_'))}
        className="rforms-key-input"
      />
    </span>
  );
}
