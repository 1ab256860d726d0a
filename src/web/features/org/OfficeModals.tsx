import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import { formatDate, toIsoDate } from '../../app/format';
import { FormModal } from '../../components/FormModal';
import {
  type BodyKind,
  type Position,
  type PositionTitle,
  type Unit,
  type UnitOffices,
  unitKeys,
} from './api';
import { DateField, DialogNotice, useDialogSubmit } from './formParts';
import { MemberPicker } from './MemberPicker';
import { bodyKindList, titlesFor } from './officeTitles';

/** After any change of offices: the unit page, its flags (term ended) and member pages (positions) refresh. */
function useOfficesChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: unitKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['members'] }),
      ]),
    [queryClient],
  );
}

const unitPath = (unit: Unit) => `/api/units/${encodeURIComponent(unit.id)}`;

interface TermValues {
  startsOn: Dayjs;
  endsOn: Dayjs;
  label?: string;
  nextCongressDueOn?: Dayjs | null;
}

export function TermModal({ unit, open, onClose }: { unit: Unit; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TermValues>();
  const { busy, error, submit, clearError } = useDialogSubmit(form);
  const changed = useOfficesChanged();

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    clearError();
  }, [open]);

  const save = (values: TermValues) =>
    submit(async () => {
      await apiPost(`${unitPath(unit)}/terms`, {
        startsOn: toIsoDate(values.startsOn),
        endsOn: toIsoDate(values.endsOn),
        label: values.label?.trim() || undefined,
        nextCongressDueOn: toIsoDate(values.nextCongressDueOn),
      });
      await changed();
      void message.success(t('offices.termAdded'));
      onClose();
    });

  return (
    <FormModal<TermValues>
      open={open}
      title={t('offices.addTermTitle', { name: unit.name })}
      saving={busy}
      onClose={onClose}
      name="term-create"
      form={form}
      onSubmit={save}
      notice={<DialogNotice error={error} />}
    >
      <DateField name="startsOn" label={t('offices.termStartsOn')} required />
      <DateField name="endsOn" label={t('offices.termEndsOn')} required />
      <Form.Item
        label={`${t('offices.termLabel')} (${t('common.optional')})`}
        name="label"
        extra={t('offices.termLabelHelp')}
        rules={[{ max: 40 }]}
      >
        <Input maxLength={40} placeholder="2025-2030" />
      </Form.Item>
      <DateField name="nextCongressDueOn" label={t('offices.nextCongressDueOn')} />
    </FormModal>
  );
}

interface BodyValues {
  kind: BodyKind;
  name?: string;
}

export function BodyModal({ unit, open, onClose }: { unit: Unit; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BodyValues>();
  const { busy, error, submit, clearError } = useDialogSubmit(form);
  const changed = useOfficesChanged();
  const kind = Form.useWatch('kind', form);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    clearError();
    form.setFieldsValue({ kind: unit.kind === 'cell' ? 'cell_committee' : 'executive_committee', name: '' });
  }, [open]);

  const save = (values: BodyValues) =>
    submit(async () => {
      await apiPost(`${unitPath(unit)}/bodies`, {
        kind: values.kind,
        name: values.name?.trim() || undefined,
      });
      await changed();
      void message.success(t('offices.bodyAdded'));
      onClose();
    });

  const nameRequired = kind === 'advisory_board';
  return (
    <FormModal<BodyValues>
      open={open}
      title={t('offices.addBodyTitle', { name: unit.name })}
      saving={busy}
      onClose={onClose}
      name="body-create"
      form={form}
      onSubmit={save}
      notice={<DialogNotice error={error} />}
    >
      <Form.Item label={t('offices.bodyKind')} name="kind" rules={[{ required: true }]}>
        <Select options={bodyKindList.map((value) => ({ value, label: t(`offices.bodyKinds.${value}`) }))} />
      </Form.Item>
      <Form.Item
        label={nameRequired ? t('offices.bodyName') : `${t('offices.bodyName')} (${t('common.optional')})`}
        name="name"
        extra={nameRequired ? t('offices.boardNameHelp') : t('offices.bodyNameHelp')}
        rules={[
          { required: nameRequired, whitespace: true, max: 200, message: t('offices.bodyNameRequired') },
        ]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

interface PositionValues {
  memberId: string;
  title: PositionTitle;
  bodyId?: string;
  termId?: string;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  decisionRef?: string;
}

/** The body to preset when the dialog opens from a body's card ('none' = an office of the unit itself). */
export type PositionPreset = { bodyId: string | null } | null;

interface PositionProps {
  unit: Unit;
  offices: UnitOffices;
  preset: PositionPreset;
  onClose: () => void;
}

export function PositionModal({ unit, offices, preset, onClose }: PositionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PositionValues>();
  const { busy, error, submit, clearError } = useDialogSubmit(form);
  const changed = useOfficesChanged();
  const bodyId = Form.useWatch('bodyId', form);
  const bodyKind = offices.bodies.find((body) => body.id === bodyId)?.kind ?? null;
  const titles = titlesFor(bodyKind);
  const currentTerm = offices.terms.find((term) => term.current);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!preset) return;
    form.resetFields();
    clearError();
    const kind = offices.bodies.find((body) => body.id === preset.bodyId)?.kind ?? null;
    form.setFieldsValue({
      bodyId: preset.bodyId ?? undefined,
      title: titlesFor(kind)[0],
      termId: currentTerm?.id,
      startsOn: dayjs(),
      decisionRef: '',
    });
  }, [preset]);

  // A title that does not exist in the newly chosen body is replaced by that body's first title.
  useEffect(() => {
    const title = form.getFieldValue('title') as PositionTitle | undefined;
    if (title && !titles.includes(title)) form.setFieldValue('title', titles[0]);
  }, [titles, form]);

  const save = (values: PositionValues) =>
    submit(async () => {
      await apiPost(`${unitPath(unit)}/positions`, {
        memberId: values.memberId,
        title: values.title,
        bodyId: values.bodyId || undefined,
        termId: values.termId || undefined,
        startsOn: toIsoDate(values.startsOn),
        endsOn: toIsoDate(values.endsOn),
        decisionRef: values.decisionRef?.trim() || undefined,
      });
      await changed();
      void message.success(t('offices.positionAdded'));
      onClose();
    });

  return (
    <FormModal<PositionValues>
      open={preset !== null}
      title={t('offices.addPositionTitle', { name: unit.name })}
      saving={busy}
      onClose={onClose}
      name="position-create"
      form={form}
      onSubmit={save}
      notice={<DialogNotice error={error} />}
    >
      <Form.Item
        label={t('offices.member')}
        name="memberId"
        extra={t('offices.memberHelp')}
        rules={[{ required: true, message: t('offices.memberRequired') }]}
      >
        <MemberPicker unitId={unit.id} />
      </Form.Item>
      <Form.Item label={`${t('offices.body')} (${t('common.optional')})`} name="bodyId">
        <Select
          allowClear
          placeholder={t('offices.noBody')}
          options={offices.bodies.map((body) => ({ value: body.id, label: body.name }))}
        />
      </Form.Item>
      <Form.Item
        label={t('offices.title')}
        name="title"
        rules={[{ required: true, message: t('offices.titleRequired') }]}
      >
        <Select options={titles.map((value) => ({ value, label: t(`offices.titles.${value}`) }))} />
      </Form.Item>
      <Form.Item label={`${t('offices.term')} (${t('common.optional')})`} name="termId">
        <Select
          allowClear
          options={offices.terms.map((term) => ({
            value: term.id,
            label: `${term.label} (${formatDate(term.startsOn)} – ${formatDate(term.endsOn)})`,
          }))}
        />
      </Form.Item>
      <DateField name="startsOn" label={t('offices.startsOn')} required />
      <DateField name="endsOn" label={t('offices.endsOn')} extra={t('offices.endsOnHelp')} />
      <Form.Item
        label={`${t('offices.decisionRef')} (${t('common.optional')})`}
        name="decisionRef"
        extra={t('org.decisionRefHelp')}
        rules={[{ max: 200 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

/** The position as the latest offices answer has it (a retry after a stale version needs the new version). */
function latestOf(offices: UnitOffices | undefined, position: Position): Position {
  const all = [
    ...(offices?.bodies.flatMap((body) => body.holders) ?? []),
    ...(offices?.unitHolders ?? []),
    ...(offices?.terms.flatMap((term) => term.positions) ?? []),
  ];
  return all.find((candidate) => candidate.id === position.id) ?? position;
}

interface EndValues {
  endsOn: Dayjs;
  reason?: string;
}

export function EndPositionModal({ position, onClose }: { position: Position | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EndValues>();
  const changed = useOfficesChanged();
  const { busy, error, submit, clearError } = useDialogSubmit(form, changed);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!position) return;
    form.resetFields();
    clearError();
    form.setFieldsValue({ endsOn: dayjs(), reason: '' });
  }, [position?.id]);

  const save = (values: EndValues) =>
    submit(async () => {
      if (!position) return;
      const latest = latestOf(queryClient.getQueryData(unitKeys.offices(position.unitId)), position);
      await apiPost(`/api/positions/${encodeURIComponent(position.id)}/end`, {
        endsOn: toIsoDate(values.endsOn),
        version: latest.version,
        reason: values.reason?.trim() || undefined,
      });
      await changed();
      void message.success(t('offices.positionEnded', { name: position.memberName }));
      onClose();
    });

  return (
    <FormModal<EndValues>
      open={position !== null}
      title={
        position
          ? t('offices.endTitle', { title: t(`offices.titles.${position.title}`), name: position.memberName })
          : ''
      }
      okText={t('offices.end')}
      saving={busy}
      onClose={onClose}
      name="position-end"
      form={form}
      onSubmit={save}
      notice={
        <DialogNotice error={error}>
          {position ? (
            <p className="alert-text">{t('offices.endHelp', { since: formatDate(position.startsOn) })}</p>
          ) : null}
        </DialogNotice>
      }
    >
      <DateField name="endsOn" label={t('offices.endsOnDate')} required />
      <Form.Item label={`${t('org.reason')} (${t('common.optional')})`} name="reason">
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
