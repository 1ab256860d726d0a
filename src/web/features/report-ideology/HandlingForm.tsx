import { Alert, Button, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportThemeStatuses } from '../../../contracts/report-themes';
import { errorText, setFieldError } from '../../app/errors';
import { DATE_FORMAT, toIsoDate } from '../../app/format';
import { vnToday } from '../meetings/time';
import { type ReportTheme, type ReportThemeStatus, refreshThemes, setThemeStatus } from './api';

interface Values {
  status?: ReportThemeStatus;
  handlingNote?: string;
  handledOn?: Dayjs | null;
}

/** The committee records how a theme is being handled; "handled" needs what was done and the day. */
export function HandlingForm({
  theme,
  onSaved,
}: {
  theme: ReportTheme;
  onSaved: (theme: ReportTheme) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  // A second submit while one is on its way would carry the same version and be refused as stale.
  const sending = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const status = Form.useWatch('status', form) ?? theme.status;

  useEffect(() => {
    form.setFieldsValue({
      status: theme.status,
      handlingNote: theme.handlingNote ?? '',
      handledOn: theme.handledOn ? dayjs(theme.handledOn) : vnToday(),
    });
  }, [form, theme.status, theme.handlingNote, theme.handledOn]);

  const submit = async (values: Values) => {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setError(null);
    const next = values.status ?? theme.status;
    try {
      const saved = await setThemeStatus(theme.id, {
        status: next,
        handlingNote: values.handlingNote?.trim() || null,
        handledOn: next === 'handled' ? (toIsoDate(values.handledOn) ?? null) : null,
        version: theme.version,
      });
      onSaved(saved);
      await refreshThemes();
    } catch (failure) {
      if (!setFieldError(form, failure)) setError(errorText(failure));
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} name="theme-handling" layout="vertical" onFinish={(v) => void submit(v)}>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="status" label={t('reportIdeology.handling.status')}>
        <Radio.Group
          className="ideology-status-choice"
          options={reportThemeStatuses.map((s) => ({ value: s, label: t(`reportIdeology.status.${s}`) }))}
        />
      </Form.Item>
      {status !== 'open' ? (
        <Form.Item
          name="handlingNote"
          label={t('reportIdeology.handling.note')}
          extra={status === 'handled' ? t('reportIdeology.handling.noteHelp') : undefined}
          rules={
            status === 'handled'
              ? [{ required: true, whitespace: true, message: t('reportIdeology.handling.noteRequired') }]
              : []
          }
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      ) : null}
      {status === 'handled' ? (
        <Form.Item
          name="handledOn"
          label={t('reportIdeology.handling.handledOn')}
          rules={[{ required: true, message: t('reportIdeology.handling.handledOnRequired') }]}
        >
          <DatePicker format={DATE_FORMAT} disabledDate={(d) => d.isAfter(vnToday(), 'day')} />
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('reportIdeology.handling.save')}
      </Button>
    </Form>
  );
}
