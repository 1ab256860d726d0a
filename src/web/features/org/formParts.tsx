import { Alert, DatePicker, Form, type FormInstance, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { errorText, setFieldError } from '../../app/errors';
import { DATE_FORMAT } from '../../app/format';

/**
 * Runs a dialog's save. A server error that names a field of the form is shown on that field; any other error
 * stays inside the dialog (above the fields) instead of a toast that an elderly user may miss. On a stale
 * version, `onStale` reloads the record so that the next save uses the new version.
 */
export function useDialogSubmit(form: FormInstance, onStale?: () => Promise<unknown>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = useCallback(
    async (task: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await task();
      } catch (failure) {
        if (isApiError(failure, 'STALE_VERSION') && onStale) {
          await onStale().catch(() => undefined);
          setError(`${errorText(failure)} ${t('org.staleReloaded')}`);
        } else if (!setFieldError(form, failure)) {
          setError(errorText(failure));
        }
      } finally {
        setBusy(false);
      }
    },
    [form, onStale, t],
  );

  return { busy, error, submit, clearError: useCallback(() => setError(null), []) };
}

/** The dialog's own error and an optional explanation, shown above the fields. */
export function DialogNotice({ error, children }: { error: string | null; children?: ReactNode }) {
  if (!error && !children) return null;
  return (
    <div className="stack" style={{ marginBottom: 16, gap: 12 }}>
      {children}
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </div>
  );
}

interface DateFieldProps {
  name: string;
  label: ReactNode;
  required?: boolean;
  requiredMessage?: string;
  extra?: ReactNode;
  /** A date that has already happened (an effective date, a founding date): later days cannot be picked. */
  past?: boolean;
}

/** A date typed or picked as dd/mm/yyyy. */
export function DateField({
  name,
  label,
  required = false,
  requiredMessage,
  extra,
  past = false,
}: DateFieldProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={
        required ? (
          label
        ) : (
          <>
            {label} ({t('common.optional')})
          </>
        )
      }
      name={name}
      extra={extra}
      rules={required ? [{ required: true, message: requiredMessage ?? t('org.dateRequired') }] : []}
    >
      <DatePicker
        format={DATE_FORMAT}
        placeholder={t('org.datePlaceholder')}
        disabledDate={past ? (day) => day.isAfter(dayjs(), 'day') : undefined}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}

export interface DecisionValues {
  effectiveOn: Dayjs;
  decisionRef: string;
  note?: string;
}

/** Effective date, decision number and an optional note: what every dated change of the tree records. */
export function DecisionFields({ dateLabel }: { dateLabel?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <DateField name="effectiveOn" label={dateLabel ?? t('org.effectiveOn')} required past />
      <Form.Item
        label={t('org.decisionRef')}
        name="decisionRef"
        extra={t('org.decisionRefHelp')}
        rules={[{ required: true, whitespace: true, max: 200, message: t('org.decisionRefRequired') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={`${t('org.note')} (${t('common.optional')})`} name="note">
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </>
  );
}
