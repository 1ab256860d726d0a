import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, InputNumber, Slider } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { reportProgress, storeTask, type TaskDetail, uploadProgressFile } from './api';
import { useTaskSubmit } from './useTaskSubmit';

interface Values {
  progress: number;
  note?: string;
}

/** "Cập nhật tiến độ": the percent done, a note and optionally a file (a report, a photo of the minutes). */
export function ProgressModal({
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
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const progress = Form.useWatch('progress', form) ?? task.progress;
  const close = () => {
    setFile(null);
    onClose();
  };
  const { busy, error, submit } = useTaskSubmit(
    task.id,
    form,
    async (values) => {
      const saved = await reportProgress(task.id, {
        progress: values.progress,
        note: values.note?.trim() || null,
        version: task.version,
      });
      // The server lists the reports newest first: the one just saved is at the top.
      const update = saved.updates[0];
      if (!file || !update) return saved;
      // The report is saved first; a rejected file leaves it saved and says why the file was not.
      storeTask(saved);
      return uploadProgressFile(task.id, update.id, file);
    },
    close,
  );
  return (
    <FormModal<Values>
      open={open}
      title={t('tasks.progress.title')}
      okText={t('tasks.progress.confirm')}
      saving={busy}
      onClose={close}
      name="task-progress"
      form={form}
      onSubmit={submit}
      notice={error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
    >
      <Form.Item label={t('tasks.progress.percent')} required>
        <div className="task-progress-input">
          <Slider
            className="task-progress-slider"
            min={0}
            max={100}
            step={5}
            value={progress}
            onChange={(value: number) => form.setFieldValue('progress', value)}
            ariaLabelForHandle={t('tasks.progress.percent')}
          />
          <Form.Item
            name="progress"
            noStyle
            initialValue={task.progress}
            rules={[{ required: true, message: t('tasks.progress.percentRequired') }]}
          >
            <InputNumber
              id="task-progress-progress"
              min={0}
              max={100}
              precision={0}
              suffix="%"
              aria-label={t('tasks.progress.percent')}
              style={{ width: 110 }}
            />
          </Form.Item>
        </div>
      </Form.Item>
      {progress === 100 ? <p className="muted">{t('tasks.progress.completesHelp')}</p> : null}
      <Form.Item label={t('tasks.progress.note')} name="note">
        <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <div className="stack task-progress-file">
        <input
          ref={input}
          type="file"
          hidden
          aria-label={t('tasks.progress.chooseFile')}
          data-testid="task-progress-file"
          accept=".pdf,.doc,.docx,.odt,.xls,.xlsx,.ods,.txt,.jpg,.jpeg,.png"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <div className="form-actions">
          <Button icon={<PaperClipOutlined aria-hidden />} onClick={() => input.current?.click()}>
            {file ? t('tasks.progress.otherFile') : t('tasks.progress.attach')}
          </Button>
          {file ? (
            <Button
              type="link"
              onClick={() => {
                setFile(null);
                if (input.current) input.current.value = '';
              }}
            >
              {t('tasks.progress.removeFile')}
            </Button>
          ) : null}
        </div>
        {file ? <span className="break-anywhere">{file.name}</span> : null}
      </div>
    </FormModal>
  );
}
