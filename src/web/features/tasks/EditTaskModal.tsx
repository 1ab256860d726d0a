import { Alert, DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, toIsoDate } from '../../app/format';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { CellMemberSelect } from '../meetings/CellMemberSelect';
import { type TaskDetail, updateTask } from './api';
import { ParentTaskSelect } from './ParentTaskSelect';
import { useTaskSubmit } from './useTaskSubmit';

interface Values {
  title?: string;
  description?: string;
  assigneeUnitId?: string;
  assigneeMemberId?: string | null;
  parentId?: string | null;
  weight?: number;
  dueOn?: Dayjs;
}

const valuesOf = (task: TaskDetail): Values => ({
  title: task.title,
  description: task.description ?? '',
  assigneeUnitId: task.assigneeUnit.id,
  assigneeMemberId: task.assigneeMember?.id ?? null,
  parentId: task.parentId,
  weight: task.weight,
  dueOn: dayjs(task.dueOn),
});

/** Changes a task's title, deadline, assignee, parent or weight. */
export function EditTaskModal({
  task,
  open,
  onClose,
}: {
  task: TaskDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const assigneeUnitId = Form.useWatch('assigneeUnitId', form) ?? task.assigneeUnit.id;
  const { busy, error, submit } = useTaskSubmit(
    task.id,
    form,
    (values) =>
      updateTask(task.id, {
        title: values.title?.trim(),
        description: values.description?.trim() || null,
        assigneeUnitId: values.assigneeUnitId,
        assigneeMemberId: values.assigneeMemberId ?? null,
        parentId: values.parentId ?? null,
        weight: values.weight,
        dueOn: toIsoDate(values.dueOn),
        version: task.version,
      }),
    onClose,
  );
  return (
    <FormModal<Values>
      open={open}
      title={t('tasks.edit.title')}
      width={640}
      saving={busy}
      onClose={onClose}
      name="task-edit"
      form={form}
      onSubmit={submit}
      notice={error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
    >
      <Form.Item
        label={t('tasks.fields.title')}
        name="title"
        initialValue={valuesOf(task).title}
        rules={[{ required: true, whitespace: true, message: t('tasks.form.titleRequired') }]}
      >
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item
        label={t('tasks.fields.assigneeUnit')}
        name="assigneeUnitId"
        initialValue={task.assigneeUnit.id}
        rules={[{ required: true, message: t('tasks.form.assigneeRequired') }]}
      >
        <UnitTreeSelect
          placeholder={t('tasks.form.assigneeUnitPlaceholder')}
          rootId={task.ownerUnit.id}
          knownName={task.assigneeUnit.name}
          onChange={() => form.setFieldValue('assigneeMemberId', null)}
        />
      </Form.Item>
      <Form.Item
        label={t('tasks.fields.assigneeMember')}
        name="assigneeMemberId"
        initialValue={valuesOf(task).assigneeMemberId}
        extra={t('common.optional')}
      >
        <CellMemberSelect
          unitId={assigneeUnitId}
          known={task.assigneeMember ? [{ id: task.assigneeMember.id, name: task.assigneeMember.name }] : []}
        />
      </Form.Item>
      <Form.Item
        label={t('tasks.fields.dueOn')}
        name="dueOn"
        initialValue={valuesOf(task).dueOn}
        rules={[{ required: true, message: t('tasks.form.dueOnRequired') }]}
      >
        <DatePicker
          format={DATE_FORMAT}
          disabledDate={(d) => d.isBefore(dayjs(task.source.date), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        label={t('tasks.fields.description')}
        name="description"
        initialValue={valuesOf(task).description}
        extra={t('common.optional')}
      >
        <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item
        label={t('tasks.fields.parent')}
        name="parentId"
        initialValue={task.parentId}
        extra={t('common.optional')}
      >
        <ParentTaskSelect unitId={task.ownerUnit.id} excludeId={task.id} known={task.parent} />
      </Form.Item>
      <Form.Item
        label={t('tasks.fields.weight')}
        name="weight"
        initialValue={task.weight}
        extra={t('tasks.form.weightHelp')}
      >
        <InputNumber min={1} max={100} precision={0} style={{ width: 120 }} />
      </Form.Item>
    </FormModal>
  );
}
