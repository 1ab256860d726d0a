import { Card, Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { unitKinds } from '../../../contracts/units';
import { periodTypes } from '../../../domain/report-periods';
import { DATE_FORMAT, toIsoDate } from '../../app/format';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import type { Change } from './change';
import type { FormSettings } from './editor-state';
import { FieldItem } from './FieldItem';
import { periodTypeName } from './labels';

interface SettingsCardProps {
  settings: FormSettings;
  change: Change<FormSettings>;
  /** A new form: its owner and code are chosen here; afterwards they stay. */
  isNew: boolean;
  ownerName?: string;
}

/** Name, code, period, who submits, the deadline and the window of a form. */
export function SettingsCard({ settings, change, isNew, ownerName }: SettingsCardProps) {
  const { t } = useTranslation();
  const set = <K extends keyof FormSettings>(key: K, value: FormSettings[K]) =>
    change((s) => {
      s[key] = value;
    });
  return (
    <Card title={t('reportForms.settings')} className="rforms-card">
      <Form layout="vertical" component="div" className="rforms-settings">
        <FieldItem label={t('reportForms.owner')} required>
          {isNew ? (
            <UnitTreeSelect
              aria-label={t('reportForms.owner')}
              value={settings.ownerUnitId || undefined}
              onChange={(value) => set('ownerUnitId', value ?? '')}
            />
          ) : (
            <Input value={ownerName ?? t('reportForms.builtIn')} disabled />
          )}
        </FieldItem>
        <FieldItem
          label={t('reportForms.code')}
          required
          extra={isNew ? t('reportForms.codeHelp') : undefined}
        >
          <Input
            value={settings.code}
            disabled={!isNew}
            maxLength={30}
            onChange={(e) => set('code', e.target.value.toUpperCase())}
          />
        </FieldItem>
        <FieldItem label={t('reportForms.name')} required className="rforms-wide">
          <Input value={settings.name} maxLength={300} onChange={(e) => set('name', e.target.value)} />
        </FieldItem>
        <FieldItem label={t('reportForms.periodType')} required>
          <Select
            value={settings.periodType}
            onChange={(value) => set('periodType', value)}
            options={periodTypes.map((type) => ({ value: type, label: periodTypeName(t, type) }))}
          />
        </FieldItem>
        <FieldItem label={t('reportForms.startsOn')} required extra={t('reportForms.startsOnHelp')}>
          <DatePicker
            format={DATE_FORMAT}
            style={{ width: '100%' }}
            allowClear={false}
            value={settings.startsOn ? dayjs(settings.startsOn) : null}
            onChange={(value) => set('startsOn', toIsoDate(value) ?? settings.startsOn)}
          />
        </FieldItem>
        <FieldItem label={t('reportForms.submitters')} required className="rforms-wide">
          <Checkbox.Group
            value={settings.submitterKinds}
            onChange={(values) => set('submitterKinds', values)}
            options={unitKinds.map((kind) => ({ value: kind, label: t(`unitKinds.${kind}`) }))}
          />
        </FieldItem>
        <FieldItem label={t('reportForms.dueDays')} required extra={t('reportForms.dueDaysHelp')}>
          <InputNumber
            min={0}
            max={120}
            precision={0}
            value={settings.dueDays}
            onChange={(value) => set('dueDays', value ?? 0)}
            addonAfter={t('reportForms.daysAfterPeriod')}
          />
        </FieldItem>
        <FieldItem
          label={t('reportForms.opensDaysBefore')}
          required
          extra={t('reportForms.opensDaysBeforeHelp')}
        >
          <InputNumber
            min={0}
            max={366}
            precision={0}
            value={settings.opensDaysBefore}
            onChange={(value) => set('opensDaysBefore', value ?? 0)}
            addonAfter={t('reportForms.daysBeforeEnd')}
          />
        </FieldItem>
        <FieldItem label={t('reportForms.description')} className="rforms-wide">
          <Input.TextArea
            value={settings.description}
            maxLength={2000}
            autoSize={{ minRows: 2, maxRows: 6 }}
            onChange={(e) => set('description', e.target.value)}
          />
        </FieldItem>
      </Form>
    </Card>
  );
}
