import { Alert, DatePicker, Form, Input, InputNumber, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, toIsoDate } from '../../app/format';
import { useFormSubmit } from '../../app/useFormSubmit';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { CellMemberSelect } from '../meetings/CellMemberSelect';
import { type CreateTaskBody, createTask, storeTask, type TaskDetail } from './api';
import { ParentTaskSelect } from './ParentTaskSelect';

type CreatedKind = CreateTaskBody['sourceKind'];
const createdKinds: readonly CreatedKind[] = ['direct', 'inspection', 'document'];

interface Values {
  assigneeUnitId?: string;
  assigneeMemberId?: string | null;
  sourceKind: CreatedKind;
  sourceTitle?: string;
  sourceText?: string;
  sourceDate?: Dayjs;
  title?: string;
  description?: string;
  dueOn?: Dayjs;
  parentId?: string | null;
  weight?: number;
}

interface Props {
  /** The unit assigning the task. */
  ownerUnitId: string;
  ownerUnitName?: string;
  /** Creating a sub-task: the parent, whose source the form starts from. */
  parent?: TaskDetail;
  open: boolean;
  onClose: () => void;
  onCreated: (task: TaskDetail) => void;
}

const initialOf = (parent?: TaskDetail): Partial<Values> => {
  if (!parent) return { sourceKind: 'direct', sourceDate: dayjs(), weight: 1 };
  const kind = createdKinds.find((k) => k === parent.source.kind) ?? 'direct';
  return {
    sourceKind: kind,
    sourceTitle: parent.source.title,
    sourceText: parent.source.text,
    sourceDate: dayjs(parent.source.date),
    dueOn: dayjs(parent.dueOn),
    weight: 1,
  };
};

/** "Giao nhiệm vụ": a task from a conclusion (its source and text), to a unit under the assigning one. */
export function CreateTaskModal({ ownerUnitId, ownerUnitName, parent, open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const assigneeUnitId = Form.useWatch('assigneeUnitId', form);
  const sourceDate = Form.useWatch('sourceDate', form);
  const { busy, error, submit } = useFormSubmit(form, async (values: Values) => {
    const detail = await createTask({
      ownerUnitId,
      assigneeUnitId: values.assigneeUnitId ?? '',
      assigneeMemberId: values.assigneeMemberId ?? null,
      parentId: parent?.id ?? values.parentId ?? null,
      weight: values.weight ?? 1,
      sourceKind: values.sourceKind,
      sourceTitle: values.sourceTitle?.trim() ?? '',
      sourceText: values.sourceText?.trim() ?? '',
      sourceDate: toIsoDate(values.sourceDate) ?? '',
      title: values.title?.trim() ?? '',
      description: values.description?.trim() || null,
      dueOn: toIsoDate(values.dueOn) ?? '',
    });
    storeTask(detail);
    form.resetFields();
    onCreated(detail);
  });
  const initial = initialOf(parent);
  const required = (message: string) => [{ required: true, whitespace: true, message }];

  return (
    <FormModal<Values>
      open={open}
      title={parent ? t('tasks.create.childTitle') : t('tasks.create.title')}
      okText={t('tasks.create.confirm')}
      width={640}
      saving={busy}
      onClose={onClose}
      name={parent ? 'create-subtask' : 'create-task'}
      form={form}
      onSubmit={submit}
      notice={
        <>
          {ownerUnitName ? <p className="muted">{t('tasks.create.owner', { unit: ownerUnitName })}</p> : null}
          {parent ? (
            <p className="muted break-anywhere">{t('tasks.create.parent', { title: parent.title })}</p>
          ) : null}
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        </>
      }
    >
      <Form.Item label={t('tasks.fields.title')} name="title" rules={required(t('tasks.form.titleRequired'))}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item
        label={t('tasks.fields.assigneeUnit')}
        name="assigneeUnitId"
        rules={[{ required: true, message: t('tasks.form.assigneeRequired') }]}
      >
        <UnitTreeSelect
          placeholder={t('tasks.form.assigneeUnitPlaceholder')}
          rootId={ownerUnitId}
          onChange={() => form.setFieldValue('assigneeMemberId', null)}
        />
      </Form.Item>
      {assigneeUnitId ? (
        <Form.Item
          label={t('tasks.fields.assigneeMember')}
          name="assigneeMemberId"
          extra={t('common.optional')}
        >
          <CellMemberSelect unitId={assigneeUnitId} />
        </Form.Item>
      ) : null}
      <Form.Item
        label={t('tasks.fields.dueOn')}
        name="dueOn"
        initialValue={initial.dueOn}
        rules={[{ required: true, message: t('tasks.form.dueOnRequired') }]}
      >
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={(d) => (sourceDate ? d.isBefore(sourceDate, 'day') : false)}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item label={t('tasks.fields.sourceKind')} name="sourceKind" initialValue={initial.sourceKind}>
        <Radio.Group options={createdKinds.map((k) => ({ value: k, label: t(`tasks.sourceKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        label={t('tasks.fields.sourceTitle')}
        name="sourceTitle"
        rules={required(t('tasks.form.sourceTitleRequired'))}
        extra={t('tasks.form.sourceTitleHelp')}
        initialValue={initial.sourceTitle}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        label={t('tasks.fields.sourceText')}
        name="sourceText"
        rules={required(t('tasks.form.sourceTextRequired'))}
        initialValue={initial.sourceText}
      >
        <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item
        label={t('tasks.fields.sourceDate')}
        name="sourceDate"
        rules={[{ required: true, message: t('tasks.form.sourceDateRequired') }]}
        initialValue={initial.sourceDate}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={t('tasks.fields.description')} name="description" extra={t('common.optional')}>
        <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      {parent ? null : (
        <Form.Item label={t('tasks.fields.parent')} name="parentId" extra={t('common.optional')}>
          <ParentTaskSelect unitId={ownerUnitId} />
        </Form.Item>
      )}
      <Form.Item
        label={t('tasks.fields.weight')}
        name="weight"
        extra={t('tasks.form.weightHelp')}
        initialValue={1}
      >
        <InputNumber min={1} max={100} precision={0} style={{ width: 120 }} />
      </Form.Item>
    </FormModal>
  );
}
