import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Select, Skeleton, Switch } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPut } from '../../app/api';
import { errorText } from '../../app/errors';
import { useBusy } from '../../app/useBusy';
import {
  type NotificationPrefs,
  notificationKeys,
  prefsQueryOptions,
  unreadQueryOptions,
} from '../notifications/api';

export function NotificationPrefsForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const prefs = useQuery(prefsQueryOptions);
  const recent = useQuery(unreadQueryOptions);
  const [form] = Form.useForm<NotificationPrefs>();
  const { busy: saving, run } = useBusy();

  useEffect(() => {
    if (prefs.data) form.setFieldsValue(prefs.data);
  }, [prefs.data, form]);

  // The API has no list of notification kinds yet: offer those the user has muted or recently received.
  const kindOptions = useMemo(() => {
    const kinds = new Set([
      ...(prefs.data?.mutedKinds ?? []),
      ...(recent.data?.items.map((n) => n.kind) ?? []),
    ]);
    return [...kinds].sort().map((kind) => ({ value: kind, label: kind }));
  }, [prefs.data, recent.data]);

  if (prefs.isPending) return <Skeleton active title={false} paragraph={{ rows: 3 }} />;
  if (prefs.error) return <Alert type="error" showIcon title={errorText(prefs.error)} />;

  const submit = (values: NotificationPrefs) =>
    run(async () => {
      const body: NotificationPrefs = { email: values.email, mutedKinds: values.mutedKinds ?? [] };
      await apiPut('/api/notifications/preferences', body);
      queryClient.setQueryData(notificationKeys.prefs, body);
      void message.success(t('account.prefsSaved'));
    }, form);

  return (
    <Form<NotificationPrefs>
      name="notification-prefs"
      form={form}
      layout="vertical"
      initialValues={prefs.data}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item label={t('account.prefsEmail')} name="email" valuePropName="checked">
        <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
      </Form.Item>
      <Form.Item label={t('account.prefsMuted')} name="mutedKinds" extra={t('account.prefsMutedHelp')}>
        <Select mode="tags" options={kindOptions} tokenSeparators={[',']} maxCount={50} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('account.prefsSave')}
      </Button>
    </Form>
  );
}
