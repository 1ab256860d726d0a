import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { unitQuery } from '../org/api';
import { formPeriodsQuery, unitFormsQuery } from './api';
import { periodName } from './labels';
import { useOpenReport } from './useOpenReport';

interface Values {
  unitId?: string;
  formId?: string;
  periodKey?: string;
}

interface Props {
  /** The committee entering the report: one of the units below it sent it on paper. */
  rootId: string;
  open: boolean;
  onClose: () => void;
}

/**
 * "Nhập báo cáo giấy": the level above types in a report a unit below sent on paper — which unit, which form,
 * which period; the report then opens to be filled in, and sending it asks the day the paper arrived.
 */
export function PaperEntryModal({ rootId, open, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form);
  const formId = Form.useWatch('formId', form);
  const unit = useQuery({ ...unitQuery(unitId ?? ''), enabled: Boolean(unitId) });
  const forms = useQuery({ ...unitFormsQuery(unitId ?? ''), enabled: Boolean(unitId) });
  const periods = useQuery({ ...formPeriodsQuery(formId ?? ''), enabled: Boolean(formId) });
  const opening = useOpenReport();
  const kind = unit.data?.kind;
  const formOptions = (forms.data?.items ?? [])
    .filter((f) => f.status === 'active' && (!kind || f.submitterKinds.includes(kind)))
    .map((f) => ({ value: f.id, label: `${f.code} — ${f.name}` }));

  return (
    <FormModal<Values>
      open={open}
      title={t('reports.paper.title')}
      okText={t('reports.paper.confirm')}
      saving={opening.busy}
      onClose={onClose}
      name="report-paper"
      form={form}
      onSubmit={({ unitId: u, formId: f, periodKey: p }) => {
        if (u && f && p) void opening.open({ unitId: u, formId: f, periodKey: p }, onClose);
      }}
      notice={<p>{t('reports.paper.text')}</p>}
    >
      <Form.Item
        label={t('reports.paper.unit')}
        name="unitId"
        rules={[{ required: true, message: t('reports.paper.unitRequired') }]}
      >
        <UnitTreeSelect
          placeholder={t('org.pickUnit')}
          rootId={rootId}
          onChange={() => form.setFieldsValue({ formId: undefined, periodKey: undefined })}
        />
      </Form.Item>
      <Form.Item
        label={t('reports.paper.form')}
        name="formId"
        rules={[{ required: true, message: t('reports.paper.formRequired') }]}
      >
        <Select
          options={formOptions}
          loading={forms.isFetching}
          disabled={!unitId}
          placeholder={t('reports.paper.formPlaceholder')}
          notFoundContent={t('reports.paper.noForms')}
          onChange={() => form.setFieldsValue({ periodKey: undefined })}
          popupMatchSelectWidth={false}
          styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
        />
      </Form.Item>
      <Form.Item
        label={t('reports.paper.period')}
        name="periodKey"
        rules={[{ required: true, message: t('reports.paper.periodRequired') }]}
      >
        <Select
          options={(periods.data?.items ?? []).map((p) => ({
            value: p.key,
            label: periodName(p, i18n.language),
          }))}
          loading={periods.isFetching}
          disabled={!formId}
          placeholder={t('reports.paper.periodPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
