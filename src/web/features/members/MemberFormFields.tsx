import { Col, DatePicker, Input, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  academicTitles,
  memberStatuses,
  professionalDegrees,
  sexes,
  theoryLevels,
} from '../../../domain/member-codes';
import { DATE_FORMAT } from '../../app/format';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { FormField } from './FormField';
import type { LabelledField } from './field-values';
import { ethnicityOptions, optionsOf, religionOptions, useCodeLabels } from './labels';

/** The same patterns as the API (src/contracts/members.ts), checked here first so the message comes at once. */
const CITIZEN_ID = /^\d{12}$/;
const CARD_NUMBER = /^\d{6,12}$/;
const RECORD_NUMBER = /^\d{6}[-./ ]?[0-9A-Z]{1,4}$/;
const GENERAL_EDUCATION = /^\d{1,2}\/(10|12)$/;
const PHONE = /^\+?[0-9 .-]{8,15}$/;

const afterToday = (date: Dayjs) => date.isAfter(dayjs(), 'day');

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      <Row gutter={16}>{children}</Row>
    </fieldset>
  );
}

/** A field in the two-column grid (one column on phones). */
function Half({ children }: { children: ReactNode }) {
  return (
    <Col xs={24} md={12}>
      {children}
    </Col>
  );
}

function Full({ children }: { children: ReactNode }) {
  return <Col span={24}>{children}</Col>;
}

interface MemberFormFieldsProps {
  /** A new member also gets a cell, a status and the date of that status. */
  creating: boolean;
}

/** Every field of the member record in sections: identity, party, education, work and contact, addresses. */
export function MemberFormFields({ creating }: MemberFormFieldsProps) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const optional = (field: LabelledField) => `${t(`memberForm.fields.${field}`)} (${t('common.optional')})`;
  const pattern = (regex: RegExp, message: string): Rule[] => [{ pattern: regex, message }];
  const datePicker = <DatePicker format={DATE_FORMAT} disabledDate={afterToday} style={{ width: '100%' }} />;

  return (
    <div className="member-form">
      <Section title={t('memberForm.sections.identity')}>
        <Full>
          <FormField
            label={t('memberForm.fields.fullName')}
            name="fullName"
            rules={[
              { required: true, whitespace: true, max: 200, message: t('memberForm.fullNameRequired') },
            ]}
          >
            <Input maxLength={200} autoComplete="off" />
          </FormField>
        </Full>
        <Half>
          <FormField
            label={t('memberForm.fields.birthDate')}
            name="birthDate"
            rules={[{ required: true, message: t('memberForm.birthDateRequired') }]}
            extra={t('memberForm.dateHelp')}
          >
            {datePicker}
          </FormField>
        </Half>
        <Half>
          <FormField
            label={t('memberForm.fields.sex')}
            name="sex"
            rules={[{ required: true, message: t('memberForm.sexRequired') }]}
          >
            <Select options={optionsOf(sexes, labels.sex)} />
          </FormField>
        </Half>
        <Half>
          <FormField
            label={t('memberForm.fields.ethnicityCode')}
            name="ethnicityCode"
            rules={[{ required: true, message: t('memberForm.ethnicityRequired') }]}
          >
            <Select options={ethnicityOptions} showSearch={{ optionFilterProp: 'label' }} />
          </FormField>
        </Half>
        <Half>
          <FormField
            label={t('memberForm.fields.religionCode')}
            name="religionCode"
            rules={[{ required: true, message: t('memberForm.religionRequired') }]}
          >
            <Select options={religionOptions} showSearch={{ optionFilterProp: 'label' }} />
          </FormField>
        </Half>
        <Half>
          <FormField
            label={optional('citizenId')}
            name="citizenId"
            rules={pattern(CITIZEN_ID, t('memberForm.citizenIdPattern'))}
          >
            <Input inputMode="numeric" maxLength={12} autoComplete="off" className="mono" />
          </FormField>
        </Half>
      </Section>

      <Section title={t('memberForm.sections.party')}>
        {creating ? (
          <>
            <Full>
              <FormField
                label={t('memberForm.fields.unitId')}
                name="unitId"
                rules={[{ required: true, message: t('memberForm.unitRequired') }]}
              >
                <UnitTreeSelect />
              </FormField>
            </Full>
            <Half>
              <FormField
                label={t('memberForm.fields.status')}
                name="status"
                rules={[{ required: true, message: t('memberForm.statusRequired') }]}
              >
                <Select options={optionsOf(memberStatuses, labels.status)} />
              </FormField>
            </Half>
            <Half>
              <FormField
                label={optional('statusSince')}
                name="statusSince"
                extra={t('memberForm.statusSinceHelp')}
              >
                {datePicker}
              </FormField>
            </Half>
          </>
        ) : null}
        <Half>
          <FormField label={optional('admissionDate')} name="admissionDate">
            {datePicker}
          </FormField>
        </Half>
        <Half>
          <FormField label={optional('officialDate')} name="officialDate">
            {datePicker}
          </FormField>
        </Half>
        <Full>
          <FormField
            label={optional('admissionAgeException')}
            name="admissionAgeException"
            extra={t('memberForm.ageExceptionHelp')}
          >
            <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
          </FormField>
        </Full>
        <Half>
          <FormField
            label={optional('cardNumber')}
            name="cardNumber"
            rules={pattern(CARD_NUMBER, t('memberForm.cardNumberPattern'))}
          >
            <Input inputMode="numeric" maxLength={12} autoComplete="off" className="mono" />
          </FormField>
        </Half>
        <Half>
          <FormField
            label={optional('recordNumber')}
            name="recordNumber"
            rules={pattern(RECORD_NUMBER, t('memberForm.recordNumberPattern'))}
            extra={t('memberForm.recordNumberHelp')}
          >
            <Input maxLength={12} autoComplete="off" className="mono" />
          </FormField>
        </Half>
      </Section>

      <Section title={t('memberForm.sections.education')}>
        <Half>
          <FormField
            label={optional('generalEducation')}
            name="generalEducation"
            rules={pattern(GENERAL_EDUCATION, t('memberForm.generalEducationPattern'))}
          >
            <Input maxLength={5} placeholder="12/12" autoComplete="off" />
          </FormField>
        </Half>
        <Half>
          <FormField label={optional('professionalDegree')} name="professionalDegree">
            <Select allowClear options={optionsOf(professionalDegrees, labels.degree)} />
          </FormField>
        </Half>
        <Half>
          <FormField label={optional('major')} name="major">
            <Input maxLength={200} autoComplete="off" />
          </FormField>
        </Half>
        <Half>
          <FormField label={optional('academicTitle')} name="academicTitle">
            <Select allowClear options={optionsOf(academicTitles, labels.academicTitle)} />
          </FormField>
        </Half>
        <Half>
          <FormField label={optional('theoryLevel')} name="theoryLevel">
            <Select allowClear options={optionsOf(theoryLevels, labels.theoryLevel)} />
          </FormField>
        </Half>
      </Section>

      <Section title={t('memberForm.sections.work')}>
        <Half>
          <FormField label={optional('job')} name="job">
            <Input maxLength={200} autoComplete="off" />
          </FormField>
        </Half>
        <Half>
          <FormField label={optional('workplace')} name="workplace">
            <Input maxLength={300} autoComplete="off" />
          </FormField>
        </Half>
        <Half>
          <FormField
            label={optional('phone')}
            name="phone"
            rules={pattern(PHONE, t('memberForm.phonePattern'))}
          >
            <Input type="tel" inputMode="tel" maxLength={15} autoComplete="off" />
          </FormField>
        </Half>
        <Half>
          <FormField
            label={optional('email')}
            name="email"
            rules={[{ type: 'email', message: t('memberForm.emailPattern') }]}
          >
            <Input type="email" maxLength={200} autoComplete="off" />
          </FormField>
        </Half>
      </Section>

      <Section title={t('memberForm.sections.addresses')}>
        <Half>
          <p className="form-section-note strong">{t('memberForm.addressesOld')}</p>
          <FormField label={optional('hometownOld')} name="hometownOld">
            <Input.TextArea maxLength={300} autoSize={{ minRows: 1, maxRows: 3 }} />
          </FormField>
          <FormField label={optional('residenceOld')} name="residenceOld">
            <Input.TextArea maxLength={300} autoSize={{ minRows: 1, maxRows: 3 }} />
          </FormField>
        </Half>
        <Half>
          <p className="form-section-note strong">{t('memberForm.addressesNew')}</p>
          <FormField label={optional('hometownNew')} name="hometownNew">
            <Input.TextArea maxLength={300} autoSize={{ minRows: 1, maxRows: 3 }} />
          </FormField>
          <FormField label={optional('residenceNew')} name="residenceNew">
            <Input.TextArea maxLength={300} autoSize={{ minRows: 1, maxRows: 3 }} />
          </FormField>
        </Half>
      </Section>
    </div>
  );
}
