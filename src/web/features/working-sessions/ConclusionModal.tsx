import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiPatch, apiPost } from '../../app/api';
import { DATE_FORMAT } from '../../app/format';
import { useFormSubmit } from '../../app/useFormSubmit';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { CellMemberSelect } from '../meetings/CellMemberSelect';
import { refetchSession, type SessionConclusion, type SessionDetail, sessionPath, storeSession } from './api';

interface TaskValues {
  assigneeUnitId?: string;
  assigneeMemberId?: string | null;
  title?: string | null;
  dueOn?: Dayjs;
}
interface Values {
  text: string;
  tasks?: TaskValues[];
}

interface Props {
  session: SessionDetail;
  /** Given: more tasks from this conclusion (and its text corrected); absent: a new conclusion. */
  conclusion?: SessionConclusion;
  open: boolean;
  onClose: () => void;
}

function MemberOfRow({ name }: { name: number }) {
  const unitId = Form.useWatch(['tasks', name, 'assigneeUnitId']);
  const { t } = useTranslation();
  if (!unitId) return null;
  return (
    <Form.Item
      label={`${t('workingSessions.conclusion.member')} (${t('common.optional')})`}
      name={[name, 'assigneeMemberId']}
    >
      <CellMemberSelect unitId={unitId} />
    </Form.Item>
  );
}

/**
 * "Thêm kết luận": the conclusion's text and one task row per unit that carries it out — a unit of the
 * session's subtree, optionally a member, and a deadline on or after the session.
 */
export function ConclusionModal({ session, conclusion, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useFormSubmit(
    form,
    async (values) => {
      const body = {
        text: values.text.trim(),
        tasks: (values.tasks ?? []).map((row) => ({
          assigneeUnitId: row.assigneeUnitId as string,
          assigneeMemberId: row.assigneeMemberId ?? null,
          title: row.title?.trim() || undefined,
          dueOn: (row.dueOn as Dayjs).format('YYYY-MM-DD'),
        })),
        version: session.version,
      };
      const saved = conclusion
        ? await apiPatch<SessionDetail>(sessionPath(session.id, `/conclusions/${conclusion.id}`), body)
        : await apiPost<SessionDetail>(sessionPath(session.id, '/conclusions'), body);
      storeSession(saved);
      void message.success(t('workingSessions.conclusion.saved'));
      form.resetFields();
      onClose();
    },
    { onStale: () => refetchSession(session.id) },
  );
  const earliest = dayjs(session.heldOn);

  return (
    <FormModal<Values>
      open={open}
      title={
        conclusion
          ? t('workingSessions.conclusion.editTitle', { n: conclusion.position })
          : t('workingSessions.conclusion.addTitle')
      }
      width={760}
      saving={busy}
      onClose={onClose}
      name={conclusion ? `conclusion-${conclusion.id}` : 'conclusion-new'}
      form={form}
      onSubmit={(values) => void submit(values)}
      notice={error ? <Alert type="error" showIcon title={error} /> : null}
    >
      <Form.Item
        label={t('workingSessions.conclusion.text')}
        name="text"
        initialValue={conclusion?.text}
        rules={[{ required: true, whitespace: true, message: t('workingSessions.conclusion.textRequired') }]}
      >
        <Input.TextArea maxLength={5000} autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <p className="muted">
        {conclusion
          ? t('workingSessions.conclusion.moreTasksHelp')
          : t('workingSessions.conclusion.tasksHelp')}
      </p>
      <Form.List name="tasks" initialValue={conclusion ? [] : [{}]}>
        {(fields, { add, remove }) => (
          <div>
            {fields.map((field, index) => (
              <fieldset key={field.key} className="session-task-row">
                <legend>{t('workingSessions.conclusion.taskRow', { n: index + 1 })}</legend>
                <Form.Item
                  label={t('workingSessions.conclusion.assignee')}
                  name={[field.name, 'assigneeUnitId']}
                  rules={[{ required: true, message: t('workingSessions.conclusion.assigneeRequired') }]}
                >
                  <UnitTreeSelect
                    rootId={session.unit.id}
                    placeholder={t('workingSessions.conclusion.assigneePick')}
                  />
                </Form.Item>
                <MemberOfRow name={field.name} />
                <Form.Item
                  label={`${t('workingSessions.conclusion.taskTitle')} (${t('common.optional')})`}
                  name={[field.name, 'title']}
                  extra={t('workingSessions.conclusion.taskTitleHelp')}
                >
                  <Input maxLength={500} />
                </Form.Item>
                <Form.Item
                  label={t('workingSessions.conclusion.dueOn')}
                  name={[field.name, 'dueOn']}
                  rules={[{ required: true, message: t('workingSessions.conclusion.dueRequired') }]}
                >
                  <DatePicker
                    format={DATE_FORMAT}
                    placeholder={t('org.datePlaceholder')}
                    disabledDate={(d) => d.isBefore(earliest, 'day')}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)}>
                  {t('workingSessions.conclusion.removeTask', { n: index + 1 })}
                </Button>
              </fieldset>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} block>
              {t('workingSessions.conclusion.addTask')}
            </Button>
          </div>
        )}
      </Form.List>
    </FormModal>
  );
}
