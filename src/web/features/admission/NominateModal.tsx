import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select } from 'antd';
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
import { admissionKeys } from './api';
import { useFieldLabel } from './labels';

interface Values {
  unitId?: string;
  nominatedOn: Dayjs | null;
  fullName: string;
  birthDate: Dayjs | null;
  sex?: 'male' | 'female';
  generalEducation: string;
  citizenId?: string;
  job?: string;
  workplace?: string;
  phone?: string;
  residenceNew?: string;
}

const afterToday = (date: Dayjs) => date.isAfter(dayjs(), 'day');
const blank = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** "Thêm quần chúng ưu tú": the person enters the member register as a candidate and the case opens. */
export function NominateModal({
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
  const queryClient = useQueryClient();
  const { busy, run } = useBusy();

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ unitId: defaultUnitId, nominatedOn: dayjs() });
  }, [open]);

  const submit = (v: Values) =>
    run(async () => {
      const created = await apiPost<AdmissionCase>('/api/admission/cases', {
        unitId: v.unitId,
        nominatedOn: toIsoDate(v.nominatedOn),
        fullName: v.fullName,
        birthDate: toIsoDate(v.birthDate),
        sex: v.sex,
        generalEducation: v.generalEducation?.trim(),
        citizenId: blank(v.citizenId),
        job: blank(v.job),
        workplace: blank(v.workplace),
        phone: blank(v.phone),
        residenceNew: blank(v.residenceNew),
      });
      await queryClient.invalidateQueries({ queryKey: admissionKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['members'] });
      onSaved(created.id);
    }, form);

  const required = (label: string) => [{ required: true, message: t('admission.form.required', { label }) }];
  const L = useFieldLabel();

  return (
    <FormModal<Values>
      open={open}
      title={t('admission.add')}
      saving={busy}
      onClose={onClose}
      name="nominate"
      form={form}
      onSubmit={submit}
      notice={<p>{t('admission.form.nominateNotice')}</p>}
    >
      <FormField label={L('unitId')} name="unitId" rules={required(L('unitId'))}>
        <UnitTreeSelect aria-label={L('unitId')} />
      </FormField>
      <FormField label={L('nominatedOn')} name="nominatedOn" rules={required(L('nominatedOn'))}>
        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
      </FormField>
      <FormField label={L('fullName')} name="fullName" rules={required(L('fullName'))}>
        <Input autoComplete="off" />
      </FormField>
      <FormField label={L('birthDate')} name="birthDate" rules={required(L('birthDate'))}>
        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
      </FormField>
      <FormField label={L('sex')} name="sex" rules={required(L('sex'))}>
        <Select
          options={[
            { value: 'male', label: t('admission.sex.male') },
            { value: 'female', label: t('admission.sex.female') },
          ]}
        />
      </FormField>
      <FormField
        label={L('generalEducation')}
        name="generalEducation"
        extra={t('admission.form.educationHint')}
        rules={required(L('generalEducation'))}
      >
        <Input placeholder="12/12" />
      </FormField>
      <FormField label={L('citizenId')} name="citizenId">
        <Input inputMode="numeric" maxLength={12} />
      </FormField>
      <FormField label={L('job')} name="job">
        <Input />
      </FormField>
      <FormField label={L('workplace')} name="workplace">
        <Input />
      </FormField>
      <FormField label={L('phone')} name="phone">
        <Input inputMode="tel" />
      </FormField>
      <FormField label={L('residenceNew')} name="residenceNew">
        <Input />
      </FormField>
    </FormModal>
  );
}
