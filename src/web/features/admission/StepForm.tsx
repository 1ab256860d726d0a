import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, isApiError } from '../../app/api';
import { DATE_FORMAT, toIsoDate } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { FormField } from '../members/FormField';
import { MemberPicker } from '../org/MemberPicker';
import { type AdmissionCase, type AdmissionStepKey, admissionKeys, allowedSteps } from './api';
import { type AdmissionField, useAdmissionLabels, useFieldLabel } from './labels';

type StepChoice = AdmissionStepKey | 'close';

interface Values {
  date: Dayjs | null;
  courseCertificate?: string;
  youthUnionIntroduced?: boolean;
  introducers?: { memberId?: string; knownSince?: Dayjs | null }[];
  verificationResult?: 'clear' | 'concerns';
  verificationNote?: string;
  votesFor?: number;
  votesTotal?: number;
  decisionNumber?: string;
  officialVoteResult?: 'admitted' | 'not_admitted';
  closedReason?: string;
}

/** The field that carries each step's date in the API (so a server error lands on the date picker). */
const dateField: Record<StepChoice, AdmissionField> = {
  course: 'courseDate',
  introducers: 'introducersOn',
  verification: 'verificationDate',
  cell_vote: 'cellVoteDate',
  decision: 'decisionDate',
  ceremony: 'ceremonyDate',
  official_vote: 'officialVoteDate',
  close: 'closedOn',
};

const afterToday = (date: Dayjs) => date.isAfter(dayjs(), 'day');

function bodyOf(step: StepChoice, v: Values) {
  const date = toIsoDate(v.date);
  switch (step) {
    case 'course':
      return { courseDate: date, courseCertificate: v.courseCertificate?.trim() };
    case 'introducers':
      return {
        introducersOn: date,
        youthUnionIntroduced: Boolean(v.youthUnionIntroduced),
        introducers: (v.introducers ?? []).map((i) => ({
          memberId: i.memberId,
          knownSince: toIsoDate(i.knownSince),
        })),
      };
    case 'verification':
      return {
        verificationDate: date,
        verificationResult: v.verificationResult,
        verificationNote: v.verificationNote?.trim() || undefined,
      };
    case 'cell_vote':
      return { cellVoteDate: date, votesFor: v.votesFor, votesTotal: v.votesTotal };
    case 'decision':
      return { decisionDate: date, decisionNumber: v.decisionNumber?.trim() };
    case 'ceremony':
      return { ceremonyDate: date };
    case 'official_vote':
      return { officialVoteDate: date, officialVoteResult: v.officialVoteResult };
    case 'close':
      return { closedOn: date, closedReason: v.closedReason?.trim() };
  }
}

/** The form of the next step (the steps before the vote may be recorded in any order, or the case closed). */
export function StepForm({ c }: { c: AdmissionCase }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useAdmissionLabels();
  const queryClient = useQueryClient();
  const { busy, run } = useBusy();
  const allowed = allowedSteps(c) ?? [];
  const choices: StepChoice[] = c.ceremonyDate ? allowed : [...allowed, 'close'];
  const [step, setStep] = useState<StepChoice>(
    c.progress.next && choices.includes(c.progress.next) ? c.progress.next : (choices[0] ?? 'close'),
  );
  const [form] = Form.useForm<Values>();

  const submit = (v: Values) =>
    run(async () => {
      try {
        const body = bodyOf(step, v);
        await apiPost(`/api/admission/cases/${encodeURIComponent(c.id)}/steps`, {
          step,
          version: c.version,
          ...body,
        });
        void message.success(t('admission.form.saved', { step: labels.step(step) }));
      } catch (error) {
        if (isApiError(error) && error.field === dateField[step]) {
          form.setFields([{ name: 'date', errors: [error.message] }]);
          return;
        }
        if (isApiError(error, 'STALE_VERSION')) void message.warning(t('admission.form.stale'));
        else throw error;
      }
      await queryClient.invalidateQueries({ queryKey: admissionKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['members'] });
    }, form);

  const required = (label: string) => [{ required: true, message: t('admission.form.required', { label }) }];
  const L = useFieldLabel();
  const dateLabel = L(dateField[step]);

  return (
    <>
      <Form layout="vertical">
        <Form.Item label={t('admission.form.whichStep')} htmlFor="admission-step">
          <Select
            id="admission-step"
            value={step}
            onChange={(next: StepChoice) => {
              setStep(next);
              form.resetFields();
            }}
            options={choices.map((s) => ({ value: s, label: labels.step(s) }))}
          />
        </Form.Item>
      </Form>
      <Form<Values>
        form={form}
        name="admission-step-form"
        layout="vertical"
        initialValues={{ date: dayjs(), introducers: [{}, {}], youthUnionIntroduced: false }}
        onFinish={(v) => void submit(v)}
      >
        {step === 'official_vote' && c.progress.notBefore ? (
          <p>
            {t('admission.form.officialNotice', { date: dayjs(c.progress.notBefore).format(DATE_FORMAT) })}
          </p>
        ) : null}
        {step === 'ceremony' ? <p>{t('admission.form.ceremonyNotice')}</p> : null}
        <FormField label={dateLabel} name="date" rules={required(dateLabel)}>
          <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />
        </FormField>
        {step === 'course' ? (
          <FormField
            label={L('courseCertificate')}
            name="courseCertificate"
            rules={required(L('courseCertificate'))}
          >
            <Input />
          </FormField>
        ) : null}
        {step === 'introducers' ? (
          <>
            <FormField name="youthUnionIntroduced" valuePropName="checked">
              <Checkbox>{L('youthUnionIntroduced')}</Checkbox>
            </FormField>
            <Form.List name="introducers">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <Space key={field.key} align="start" wrap>
                      <FormField
                        label={t('admission.form.introducerN', { n: index + 1 })}
                        name={[field.name, 'memberId']}
                        rules={required(L('introducers'))}
                        style={{ minWidth: 260 }}
                      >
                        <MemberPicker unitId={c.unitId} />
                      </FormField>
                      <FormField
                        label={L('knownSince')}
                        name={[field.name, 'knownSince']}
                        rules={required(L('knownSince'))}
                      >
                        <DatePicker format={DATE_FORMAT} disabledDate={afterToday} />
                      </FormField>
                      {fields.length > 1 ? (
                        <Button
                          type="text"
                          icon={<MinusCircleOutlined />}
                          aria-label={t('admission.form.removeIntroducer')}
                          onClick={() => remove(field.name)}
                          style={{ marginTop: 30 }}
                        />
                      ) : null}
                    </Space>
                  ))}
                  {fields.length < 2 ? (
                    <Button icon={<PlusOutlined />} onClick={() => add({})}>
                      {t('admission.form.addIntroducer')}
                    </Button>
                  ) : null}
                </>
              )}
            </Form.List>
          </>
        ) : null}
        {step === 'verification' ? (
          <>
            <FormField
              label={L('verificationResult')}
              name="verificationResult"
              rules={required(L('verificationResult'))}
            >
              <Select
                options={(['clear', 'concerns'] as const).map((r) => ({
                  value: r,
                  label: t(`admission.verification.${r}`),
                }))}
              />
            </FormField>
            <FormField label={L('verificationNote')} name="verificationNote">
              <Input.TextArea rows={2} />
            </FormField>
          </>
        ) : null}
        {step === 'cell_vote' ? (
          <Space wrap>
            <FormField label={L('votesFor')} name="votesFor" rules={required(L('votesFor'))}>
              <InputNumber min={0} max={10000} />
            </FormField>
            <FormField label={L('votesTotal')} name="votesTotal" rules={required(L('votesTotal'))}>
              <InputNumber min={1} max={10000} />
            </FormField>
          </Space>
        ) : null}
        {step === 'decision' ? (
          <FormField label={L('decisionNumber')} name="decisionNumber" rules={required(L('decisionNumber'))}>
            <Input placeholder="125-QĐ/ĐU" />
          </FormField>
        ) : null}
        {step === 'official_vote' ? (
          <FormField
            label={L('officialVoteResult')}
            name="officialVoteResult"
            rules={required(L('officialVoteResult'))}
          >
            <Select
              options={(['admitted', 'not_admitted'] as const).map((r) => ({
                value: r,
                label: t(`admission.officialResult.${r}`),
              }))}
            />
          </FormField>
        ) : null}
        {step === 'close' ? (
          <FormField label={L('closedReason')} name="closedReason" rules={required(L('closedReason'))}>
            <Input.TextArea rows={2} />
          </FormField>
        ) : null}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('admission.form.record', { step: labels.step(step) })}
        </Button>
      </Form>
    </>
  );
}
