import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmissionCase } from '../../../contracts/admission';
import { apiPost } from '../../app/api';
import { DATE_FORMAT, toIsoDate } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { FormField } from '../members/FormField';
import { MemberPicker } from '../org/MemberPicker';
import { admissionKeys } from './api';
import { useFieldLabel } from './labels';

interface Values {
  unitId?: string;
  memberId?: string;
  nominatedOn: Dayjs | null;
}

/** Opens a case for someone already listed as a candidate (entered in the member list or imported). */
export function OpenCaseModal({
  open,
  defaultUnitId,
  onClose,
  onSaved,
}: {
  open: boolean;
  defaultUnitId?: string;
  onClose: () => void;
  onSaved: (caseId: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form);
  const queryClient = useQueryClient();
  const { busy, run } = useBusy();
  const L = useFieldLabel();

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ unitId: defaultUnitId, nominatedOn: dayjs() });
  }, [open]);

  const submit = (v: Values) =>
    run(async () => {
      const created = await apiPost<AdmissionCase>('/api/admission/cases/open', {
        memberId: v.memberId,
        nominatedOn: toIsoDate(v.nominatedOn),
      });
      await queryClient.invalidateQueries({ queryKey: admissionKeys.all });
      onSaved(created.id);
    }, form);

  const required = (label: string) => [{ required: true, message: t('admission.form.required', { label }) }];
  return (
    <FormModal<Values>
      open={open}
      title={t('admission.openExisting')}
      saving={busy}
      onClose={onClose}
      name="open-case"
      form={form}
      onSubmit={submit}
      notice={<p>{t('admission.form.openNotice')}</p>}
    >
      <FormField label={L('unitId')} name="unitId" rules={required(L('unitId'))}>
        <UnitTreeSelect aria-label={L('unitId')} />
      </FormField>
      <FormField
        label={t('admission.form.person')}
        name="memberId"
        rules={required(t('admission.form.person'))}
      >
        {unitId ? <MemberPicker unitId={unitId} /> : <span>{t('admission.form.pickCellFirst')}</span>}
      </FormField>
      <FormField label={L('nominatedOn')} name="nominatedOn" rules={required(L('nominatedOn'))}>
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </FormField>
    </FormModal>
  );
}
