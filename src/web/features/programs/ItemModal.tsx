import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { documentTypeKeys } from '../../../contracts/documents';
import { apiPatch, apiPost } from '../../app/api';
import { useFormSubmit } from '../../app/useFormSubmit';
import { FormModal } from '../../components/FormModal';
import type { DocumentTypeKey } from '../documents/labels';
import { officesQuery } from '../org/api';
import { MemberPicker } from '../org/MemberPicker';
import { itemPath, type ProgramDetail, type ProgramItem, programPath, storeProgram } from './api';

interface Values {
  kind: 'document' | 'activity';
  documentType?: DocumentTypeKey | null;
  title: string;
  periodKind: 'month' | 'quarter';
  period: number;
  responsibleBodyId?: string | null;
  responsibleMemberId?: string | null;
  responsibleText?: string | null;
  note?: string | null;
}

const valuesOf = (item: ProgramItem | null): Values =>
  item
    ? {
        kind: item.kind,
        documentType: item.documentType,
        title: item.title,
        periodKind: item.dueMonth ? 'month' : 'quarter',
        period: item.dueMonth ?? item.dueQuarter ?? 1,
        responsibleBodyId: item.responsibleBody?.id ?? null,
        responsibleMemberId: item.responsibleMember?.id ?? null,
        responsibleText: item.responsibleText,
        note: item.note,
      }
    : { kind: 'activity', title: '', periodKind: 'month', period: new Date().getMonth() + 1 };

/** Adds or edits an item: a planned document (its type) or an activity, due in a month or a quarter. */
export function ItemModal({
  program,
  item,
  onClose,
}: {
  program: ProgramDetail;
  item: ProgramItem | 'new' | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const periodKind = Form.useWatch('periodKind', form);
  const offices = useQuery({ ...officesQuery(program.unit.id), enabled: item !== null });
  const editing = item !== null && item !== 'new' ? item : null;
  const { busy, error, submit } = useFormSubmit(
    form,
    async (v) => {
      const body = {
        kind: v.kind,
        documentType: v.kind === 'document' ? v.documentType : null,
        title: v.title.trim(),
        dueMonth: v.periodKind === 'month' ? v.period : null,
        dueQuarter: v.periodKind === 'quarter' ? v.period : null,
        responsibleBodyId: v.responsibleBodyId ?? null,
        responsibleMemberId: v.responsibleMemberId ?? null,
        responsibleText: v.responsibleText?.trim() || null,
        note: v.note?.trim() || null,
      };
      const saved = editing
        ? await apiPatch<ProgramDetail>(itemPath(editing.id), { ...body, version: editing.version })
        : await apiPost<ProgramDetail>(programPath(program.id, '/items'), body);
      storeProgram(saved);
      onClose();
    },
    { fieldOf: (f) => (f === 'dueMonth' || f === 'dueQuarter' ? 'period' : f) },
  );
  useEffect(() => {
    if (item !== null) {
      form.resetFields();
      form.setFieldsValue(valuesOf(editing));
    }
  }, [item, editing, form]);

  const periods =
    periodKind === 'quarter'
      ? [1, 2, 3, 4].map((q) => ({ value: q, label: t('programs.quarter', { quarter: q }) }))
      : Array.from({ length: 12 }, (_, i) => ({
          value: i + 1,
          label: t('programs.month', { month: i + 1 }),
        }));

  return (
    <FormModal<Values>
      open={item !== null}
      title={editing ? t('programs.item.editTitle') : t('programs.item.addTitle')}
      saving={busy}
      onClose={onClose}
      name="program-item"
      form={form}
      onSubmit={submit}
      width={640}
      notice={error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
    >
      <Form.Item label={t('programs.fields.kind')} name="kind">
        <Radio.Group
          options={[
            { value: 'document', label: t('programs.kind.document') },
            { value: 'activity', label: t('programs.kind.activity') },
          ]}
        />
      </Form.Item>
      {kind === 'document' ? (
        <Form.Item
          label={t('programs.fields.documentType')}
          name="documentType"
          rules={[{ required: true, message: t('programs.documentTypeRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={documentTypeKeys.map((k) => ({ value: k, label: t(`documents.type.${k}`) }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item
        label={kind === 'document' ? t('programs.fields.summary') : t('programs.fields.activity')}
        name="title"
        rules={[{ required: true, whitespace: true, message: t('programs.titleRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item label={t('programs.fields.due')} required>
        <Form.Item name="periodKind" noStyle>
          <Radio.Group
            options={[
              { value: 'month', label: t('programs.byMonth') },
              { value: 'quarter', label: t('programs.byQuarter') },
            ]}
            onChange={() => form.setFieldValue('period', 1)}
          />
        </Form.Item>
        <Form.Item name="period" noStyle rules={[{ required: true }]}>
          <Select
            options={periods}
            virtual={false}
            style={{ minWidth: 140, marginTop: 8 }}
            aria-label={t('programs.fields.due')}
          />
        </Form.Item>
      </Form.Item>
      <Form.Item
        label={`${t('programs.fields.responsibleBody')} (${t('common.optional')})`}
        name="responsibleBodyId"
      >
        <Select
          allowClear
          options={(offices.data?.bodies ?? []).map((b) => ({ value: b.id, label: b.name }))}
        />
      </Form.Item>
      <Form.Item
        label={`${t('programs.fields.responsibleMember')} (${t('common.optional')})`}
        name="responsibleMemberId"
      >
        <MemberPicker unitId={program.unit.id} />
      </Form.Item>
      <Form.Item
        label={`${t('programs.fields.responsibleText')} (${t('common.optional')})`}
        name="responsibleText"
      >
        <Input maxLength={300} placeholder={t('programs.responsiblePlaceholder')} />
      </Form.Item>
      <Form.Item label={`${t('programs.fields.note')} (${t('common.optional')})`} name="note">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
