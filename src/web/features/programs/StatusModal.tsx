import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { DATE_FORMAT } from '../../app/format';
import { useFormSubmit } from '../../app/useFormSubmit';
import { FormModal } from '../../components/FormModal';
import { itemPath, type ProgramDetail, type ProgramItem, storeProgram } from './api';

interface Values {
  doneOn?: Dayjs | null;
  reason?: string;
}

/** Done (on which day), cancelled (why), or planned again. */
export function StatusModal({
  item,
  target,
  year,
  onClose,
}: {
  item: ProgramItem;
  target: 'done' | 'cancelled' | 'planned' | null;
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    const saved = await apiPost<ProgramDetail>(itemPath(item.id, '/status'), {
      status: target,
      doneOn: target === 'done' ? values.doneOn?.format('YYYY-MM-DD') : undefined,
      reason: target === 'cancelled' ? values.reason?.trim() : undefined,
      version: item.version,
    });
    storeProgram(saved);
    onClose();
  });
  useEffect(() => {
    if (target) form.setFieldsValue({ doneOn: dayjs(), reason: '' });
  }, [target, form]);

  return (
    <FormModal<Values>
      open={target !== null}
      title={target ? t(`programs.statusTitle.${target}`) : ''}
      saving={busy}
      onClose={onClose}
      name={`item-status-${item.id}`}
      form={form}
      onSubmit={submit}
      notice={
        <>
          <p>{item.title}</p>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        </>
      }
    >
      {target === 'done' ? (
        <Form.Item label={t('programs.fields.doneOn')} name="doneOn" rules={[{ required: true }]}>
          <DatePicker
            format={DATE_FORMAT}
            disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.year() < year}
          />
        </Form.Item>
      ) : null}
      {target === 'cancelled' ? (
        <Form.Item
          label={t('programs.fields.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('programs.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
