import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { useFormSubmit } from '../../app/useFormSubmit';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { officesQuery } from '../org/api';
import { type ProgramDetail, storeProgram } from './api';

interface Values {
  unitId: string;
  bodyId?: string | null;
  year: number;
  title?: string;
  copyPrevious: boolean;
}

const programBodyKinds = [
  'executive_committee',
  'standing_committee',
  'inspection_commission',
  'cell_committee',
];

/** "Lập chương trình": of the unit itself or of one of its bodies; may start from last year's. */
export function CreateProgramModal({
  open,
  unitId,
  year,
  onClose,
  onCreated,
}: {
  open: boolean;
  unitId: string;
  year: number;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const chosenUnit = Form.useWatch('unitId', form) ?? unitId;
  const offices = useQuery({ ...officesQuery(chosenUnit), enabled: open && Boolean(chosenUnit) });
  const bodies = (offices.data?.bodies ?? []).filter((b) => programBodyKinds.includes(b.kind));
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    const created = await apiPost<ProgramDetail>('/api/programs', {
      unitId: values.unitId,
      bodyId: values.bodyId ?? null,
      year: values.year,
      title: values.title?.trim() || undefined,
      copyPrevious: values.copyPrevious,
    });
    storeProgram(created);
    onClose();
    onCreated(created.id);
  });

  useEffect(() => {
    if (open) form.setFieldsValue({ unitId, year, bodyId: null, title: '', copyPrevious: false });
  }, [open, unitId, year, form]);

  return (
    <FormModal<Values>
      open={open}
      title={t('programs.createTitle')}
      okText={t('programs.create')}
      saving={busy}
      onClose={onClose}
      name="create-program"
      form={form}
      onSubmit={submit}
      notice={error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
    >
      <Form.Item label={t('programs.unit')} name="unitId" rules={[{ required: true }]}>
        <UnitTreeSelect />
      </Form.Item>
      <Form.Item label={t('programs.body')} name="bodyId" extra={t('programs.bodyHelp')}>
        <Select
          allowClear
          placeholder={t('programs.unitItself')}
          options={bodies.map((b) => ({ value: b.id, label: b.name }))}
        />
      </Form.Item>
      <Form.Item label={t('programs.year')} name="year" rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} />
      </Form.Item>
      <Form.Item label={`${t('programs.fields.title')} (${t('common.optional')})`} name="title">
        <Input maxLength={300} placeholder={t('programs.titlePlaceholder')} />
      </Form.Item>
      <Form.Item name="copyPrevious" valuePropName="checked" extra={t('programs.copyHelp')}>
        <Checkbox>{t('programs.copyPrevious')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
