import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Alert, App, Button, Popconfirm, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { PageHeader } from '../../components/PageHeader';
import { defaultOwner } from './access';
import { createForm, formQuery, type ReportFormDetail, setFormStatus, updateForm } from './api';
import { type EditorState, newSection, toEditor } from './editor-state';
import { FormEditor } from './FormEditor';
import { FormPreview } from './FormPreview';
import { dueText, periodTypeName } from './labels';
import { VersionsList } from './VersionsList';
import './report-forms.css';

const settingsOf = (state: EditorState) => ({
  name: state.settings.name,
  periodType: state.settings.periodType,
  submitterKinds: state.settings.submitterKinds,
  dueDays: state.settings.dueDays,
  opensDaysBefore: state.settings.opensDaysBefore,
  startsOn: state.settings.startsOn,
  description: state.settings.description || null,
});

/** "/reports/forms/new": a blank form with one section and one number field to start from. */
export function NewFormPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const search = useSearch({ from: '/app/reports/forms/new' });
  const [initial] = useState<EditorState>(() => ({
    settings: {
      ownerUnitId: search.ownerUnitId ?? defaultOwner(me) ?? '',
      code: '',
      name: '',
      periodType: 'month',
      submitterKinds: ['cell'],
      dueDays: 5,
      opensDaysBefore: 5,
      startsOn: `${new Date().getFullYear()}-01-01`,
      description: '',
      changeNote: '',
    },
    sections: [
      newSection(t('reportForms.newSection', { n: 1 }), new Set(), t('reportForms.newField.number')),
    ],
    rules: [],
  }));
  return (
    <>
      <PageHeader title={t('reportForms.newTitle')} intro={t('reportForms.newIntro')} />
      <FormEditor
        initial={initial}
        isNew
        onSave={async (state, definition) => {
          const form = await createForm({
            ownerUnitId: state.settings.ownerUnitId,
            code: state.settings.code.trim(),
            ...settingsOf(state),
            definition,
          });
          void navigate({ to: '/reports/forms/$formId', params: { formId: form.id } });
        }}
      />
    </>
  );
}

function StatusButton({ form }: { form: ReportFormDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const retire = form.status === 'active';
  const toggle = async () => {
    try {
      await setFormStatus(form.id, retire ? 'retired' : 'active', form.version);
    } catch (failure) {
      void message.error(errorText(failure));
    }
  };
  return (
    <Popconfirm
      title={retire ? t('reportForms.retireConfirm') : t('reportForms.reactivateConfirm')}
      onConfirm={() => void toggle()}
    >
      <Button danger={retire}>
        {retire ? t('reportForms.retireForm') : t('reportForms.reactivateForm')}
      </Button>
    </Popconfirm>
  );
}

const editorOf = (form: ReportFormDetail): EditorState =>
  toEditor(form.definition, {
    ownerUnitId: form.owner?.id ?? '',
    code: form.code,
    name: form.name,
    periodType: form.periodType,
    submitterKinds: form.submitterKinds,
    dueDays: form.dueDays,
    opensDaysBefore: form.opensDaysBefore,
    startsOn: form.startsOn,
    description: form.description ?? '',
    changeNote: '',
  });

/** "/reports/forms/:id": the designer for those who may change the form, its preview and versions for the rest. */
export function FormPage() {
  const { t } = useTranslation();
  const { formId } = useParams({ from: '/app/reports/forms/$formId' });
  const query = useQuery(formQuery(formId));
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error)} />;
  const form = query.data;
  const intro = (
    <Space wrap>
      <Tag>{form.code}</Tag>
      <span>{periodTypeName(t, form.periodType)}</span>
      <span>· {dueText(t, form)}</span>
      <span>· {t('reportForms.versionNo', { n: form.currentVersionNo })}</span>
      {form.status === 'retired' ? <Tag>{t('reportForms.statuses.retired')}</Tag> : null}
    </Space>
  );
  return (
    <>
      <PageHeader
        title={form.name}
        intro={intro}
        extra={form.canEdit ? <StatusButton form={form} /> : null}
      />
      {form.canEdit ? (
        <FormEditor
          // A saved form starts a fresh working copy (new keys are fixed from now on).
          key={form.version}
          initial={editorOf(form)}
          isNew={false}
          ownerName={form.owner?.name}
          versions={<VersionsList form={form} />}
          onSave={async (state, definition) => {
            try {
              await updateForm(form.id, {
                ...settingsOf(state),
                definition,
                changeNote: state.settings.changeNote || null,
                version: form.version,
              });
            } catch (failure) {
              if (isApiError(failure, 'STALE_VERSION')) void query.refetch();
              throw failure;
            }
          }}
        />
      ) : (
        <>
          <Alert type="info" showIcon title={t('reportForms.readOnly')} />
          <FormPreview definition={form.definition} name={form.name} />
          <VersionsList form={form} />
        </>
      )}
    </>
  );
}
