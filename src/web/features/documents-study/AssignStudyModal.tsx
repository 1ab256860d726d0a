import { Alert, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { errorText, setFieldError } from '../../app/errors';
import { DATE_FORMAT, toIsoDate } from '../../app/format';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { defaultAssigningUnit } from './access';
import { assignStudy, storeAssignment } from './api';
import { CellsTreeSelect } from './CellsTreeSelect';

interface Values {
  unitId?: string;
  scope: 'all' | 'pick';
  cellIds?: string[];
  dueOn?: Dayjs;
  note?: string;
}

/** Gives a document to cells for study by a date: every cell under the committee, or the cells picked. */
export function AssignStudyModal({
  documentId,
  open,
  onClose,
}: {
  documentId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unitId = Form.useWatch('unitId', form);
  const scope = Form.useWatch('scope', form);

  const close = () => {
    setError(null);
    onClose();
  };

  const submit = async (values: Values) => {
    if (!values.unitId || !values.dueOn) return;
    setBusy(true);
    setError(null);
    try {
      const detail = await assignStudy(documentId, {
        unitId: values.unitId,
        ...(values.scope === 'all' ? { allCellsOf: values.unitId } : { cellIds: values.cellIds ?? [] }),
        dueOn: toIsoDate(values.dueOn) ?? '',
        note: values.note?.trim() || null,
      });
      storeAssignment(detail);
      form.resetFields();
      close();
    } catch (failure) {
      if (!setFieldError(form, failure)) setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('documentsStudy.assign.title')}
      okText={t('documentsStudy.assign.confirm')}
      saving={busy}
      onClose={close}
      name="assign-study"
      form={form}
      onSubmit={submit}
      notice={error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
    >
      <Form.Item
        label={t('documentsStudy.assign.unit')}
        name="unitId"
        initialValue={defaultAssigningUnit(me)}
        rules={[{ required: true, message: t('documentsStudy.assign.unitRequired') }]}
      >
        <UnitTreeSelect />
      </Form.Item>
      <Form.Item label={t('documentsStudy.assign.scope')} name="scope" initialValue="all">
        <Radio.Group
          options={[
            { value: 'all', label: t('documentsStudy.assign.allCells') },
            { value: 'pick', label: t('documentsStudy.assign.pickCells') },
          ]}
        />
      </Form.Item>
      {scope === 'pick' && unitId ? (
        <Form.Item
          label={t('documentsStudy.assign.cells')}
          name="cellIds"
          rules={[
            { required: true, type: 'array', min: 1, message: t('documentsStudy.assign.cellsRequired') },
          ]}
        >
          <CellsTreeSelect rootId={unitId} />
        </Form.Item>
      ) : null}
      <Form.Item
        label={t('documentsStudy.assign.dueOn')}
        name="dueOn"
        rules={[{ required: true, message: t('documentsStudy.assign.dueOnRequired') }]}
      >
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={(d) => d.isBefore(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item label={t('documentsStudy.assign.note')} name="note">
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
