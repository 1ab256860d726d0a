import type { FormInstance } from 'antd';
import { queryClient } from '../../app/queryClient';
import { useFormSubmit } from '../../app/useFormSubmit';
import { storeTask, type TaskDetail, taskKeys } from './api';

/**
 * Submits a form that changes a task: the answer replaces the shown task; a stale version reloads it and says
 * so (the user sees what changed and tries again).
 */
export function useTaskSubmit<V>(
  taskId: string,
  form: FormInstance<V>,
  write: (values: V) => Promise<TaskDetail>,
  onDone: () => void,
) {
  return useFormSubmit(
    form,
    async (values: V) => {
      storeTask(await write(values));
      form.resetFields();
      onDone();
    },
    { onStale: () => queryClient.refetchQueries({ queryKey: taskKeys.one(taskId) }) },
  );
}
