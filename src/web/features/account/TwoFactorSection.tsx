import { SafetyOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../contracts/auth';
import { apiPost } from '../../app/api';
import { meQueryOptions, useMe } from '../../app/auth';
import { groupSecret } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { ButtonLink } from '../../components/ButtonLink';
import { StatusText } from '../../components/StatusText';

interface TotpSetup {
  secret: string;
  otpauthUrl: string;
}

interface CodeValues {
  code: string;
}

const CODE_RULE = /^\s*\d{6}\s*$/;

function CodeField({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={label}
      name="code"
      rules={[{ required: true, pattern: CODE_RULE, message: t('login.totpFormat') }]}
    >
      <Input
        className="otp-input"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        style={{ maxWidth: 220 }}
      />
    </Form.Item>
  );
}

/** Set up, confirm or turn off the second factor (TOTP). */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const { busy, run } = useBusy();
  const [justEnabled, setJustEnabled] = useState(false);
  const [enableForm] = Form.useForm<CodeValues>();
  const [disableForm] = Form.useForm<CodeValues>();

  const refreshMe = async (): Promise<Me | null> =>
    queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });

  const start = () =>
    run(async () => {
      setSetup(await apiPost<TotpSetup>('/api/auth/totp/setup'));
      enableForm.resetFields();
    });

  const enable = ({ code }: CodeValues) =>
    run(async () => {
      try {
        await apiPost('/api/auth/totp/enable', { code: code.trim() });
        setSetup(null);
        setJustEnabled(true);
        void message.success(t('account.totpEnabled'));
        await refreshMe();
      } catch (error) {
        enableForm.setFieldValue('code', '');
        throw error;
      }
    }, enableForm);

  const disable = ({ code }: CodeValues) =>
    run(async () => {
      await apiPost('/api/auth/totp/disable', { code: code.trim() });
      disableForm.resetFields();
      setJustEnabled(false);
      void message.success(t('account.totpDisabled'));
      await refreshMe();
    }, disableForm);

  const enabled = me.user.totpEnabled;
  const status = enabled ? (
    <StatusText tone="ok">{t('account.totpOn')}</StatusText>
  ) : (
    <StatusText tone={me.totpEnrollmentRequired ? 'warn' : 'off'}>{t('account.totpOff')}</StatusText>
  );

  return (
    <Card title={<h2 className="card-title">{t('account.totpTitle')}</h2>} extra={status}>
      <Typography.Paragraph>{t('account.totpIntro')}</Typography.Paragraph>
      {enabled ? (
        <>
          {justEnabled ? (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('account.totpEnabled')}
              action={
                <ButtonLink type="primary" size="small" href="/">
                  {t('account.totpContinue')}
                </ButtonLink>
              }
            />
          ) : null}
          <Form<CodeValues>
            name="totp-disable"
            form={disableForm}
            layout="vertical"
            onFinish={(values) => void disable(values)}
          >
            <Typography.Paragraph className="muted">{t('account.totpDisableHelp')}</Typography.Paragraph>
            <CodeField label={t('account.totpCode')} />
            <Button danger htmlType="submit" loading={busy}>
              {t('account.totpDisable')}
            </Button>
          </Form>
        </>
      ) : setup ? (
        <Form<CodeValues>
          name="totp-enable"
          form={enableForm}
          layout="vertical"
          onFinish={(values) => void enable(values)}
        >
          <ol className="totp-steps">
            <li className="totp-step">{t('account.totpStep1')}</li>
            <li className="totp-step">
              {t('account.totpStep2')}
              <div style={{ marginTop: 8 }}>
                <div className="muted">{t('account.totpSecret')}</div>
                <Typography.Text
                  className="totp-secret mono"
                  copyable={{ text: setup.secret, tooltips: [t('common.copy'), t('common.copied')] }}
                >
                  {groupSecret(setup.secret)}
                </Typography.Text>
              </div>
              <details style={{ marginTop: 8 }}>
                <summary>{t('account.totpUri')}</summary>
                <Typography.Paragraph
                  className="mono break-anywhere"
                  copyable={{ text: setup.otpauthUrl, tooltips: [t('common.copy'), t('common.copied')] }}
                >
                  {setup.otpauthUrl}
                </Typography.Paragraph>
              </details>
            </li>
            <li className="totp-step">
              {t('account.totpStep3')}
              <div style={{ marginTop: 8 }}>
                <CodeField label={t('account.totpCode')} />
              </div>
            </li>
          </ol>
          <Button type="primary" htmlType="submit" loading={busy} icon={<SafetyOutlined aria-hidden />}>
            {t('account.totpEnable')}
          </Button>
        </Form>
      ) : (
        <Button
          type="primary"
          size="large"
          icon={<SafetyOutlined aria-hidden />}
          loading={busy}
          onClick={() => void start()}
        >
          {t('account.totpStart')}
        </Button>
      )}
    </Card>
  );
}
