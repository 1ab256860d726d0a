import { LockOutlined, SafetyOutlined, StarFilled, UserOutlined } from '@ant-design/icons';
import { useRouter, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../contracts/auth';
import { apiPost, apiPut, isApiError } from '../../app/api';
import { setSignedIn } from '../../app/auth';
import { errorText } from '../../app/errors';
import { changeLanguage, currentLanguage } from '../../app/i18n';
import { safeRedirect } from '../../app/redirect';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDocumentTitle } from '../../components/PageHeader';

interface Credentials {
  username: string;
  password: string;
}

interface TotpForm {
  totp: string;
}

type Step = 'password' | 'totp';

export function LoginPage() {
  const { t } = useTranslation();
  const router = useRouter();
  const search = useSearch({ from: '/login' });
  const [step, setStep] = useState<Step>('password');
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const languageChosenHere = useRef(false);
  const [passwordForm] = Form.useForm<Credentials>();
  const [totpForm] = Form.useForm<TotpForm>();
  const errorRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('login.title'));

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  async function finish(me: Me) {
    // A language picked on this page is a fresh choice: save it; otherwise the account's own choice applies.
    const language = currentLanguage();
    if (languageChosenHere.current && me.user.locale !== language) {
      setSignedIn({ ...me, user: { ...me.user, locale: language } });
      await apiPut('/api/auth/locale', { locale: language }).catch(() => undefined);
    } else {
      setSignedIn(me);
      await changeLanguage(me.user.locale);
    }
    router.history.push(safeRedirect(search.redirect));
  }

  async function submit(values: Credentials & { totp?: string }) {
    setBusy(true);
    setError(null);
    try {
      const me = await apiPost<Me>('/api/auth/login', values);
      await finish(me);
    } catch (err) {
      if (isApiError(err, 'TOTP_REQUIRED')) {
        setCredentials({ username: values.username, password: values.password });
        setStep('totp');
        totpForm.resetFields();
      } else {
        setError(errorText(err));
        if (step === 'totp') totpForm.resetFields();
      }
    } finally {
      setBusy(false);
    }
  }

  const backToPassword = () => {
    setStep('password');
    setCredentials(null);
    setError(null);
    passwordForm.setFieldValue('password', '');
  };

  return (
    <main id="main" className="login-page">
      <div className="login-brand">
        <StarFilled className="brand-star" aria-hidden />
        <span className="login-brand-name">{t('common.appName')}</span>
        <span className="login-tagline">{t('common.tagline')}</span>
      </div>
      <Card className="login-card">
        <h1>{step === 'password' ? t('login.title') : t('login.totpTitle')}</h1>
        {error ? (
          <div ref={errorRef} tabIndex={-1} className="login-error">
            <Alert type="error" showIcon title={t('login.errorTitle')} description={error} />
            <div style={{ height: 16 }} />
          </div>
        ) : null}
        {step === 'password' ? (
          <Form<Credentials>
            name="login"
            form={passwordForm}
            layout="vertical"
            size="large"
            requiredMark={false}
            onFinish={(values) => void submit(values)}
            initialValues={credentials ?? undefined}
          >
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input
                prefix={<UserOutlined aria-hidden />}
                autoComplete="username"
                autoCapitalize="none"
                autoFocus
              />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('login.submit')}
            </Button>
          </Form>
        ) : (
          <Form<TotpForm>
            name="login-totp"
            form={totpForm}
            layout="vertical"
            size="large"
            requiredMark={false}
            onFinish={({ totp }) => {
              if (credentials) void submit({ ...credentials, totp: totp.trim() });
            }}
          >
            <Typography.Paragraph>{t('login.totpHelp')}</Typography.Paragraph>
            <Form.Item
              label={t('login.totp')}
              name="totp"
              rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('login.totpFormat') }]}
            >
              <Input
                className="otp-input"
                prefix={<SafetyOutlined aria-hidden />}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                autoFocus
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('login.verify')}
            </Button>
            <Button type="link" block onClick={backToPassword} style={{ marginTop: 8 }}>
              {t('login.otherAccount')}
            </Button>
          </Form>
        )}
      </Card>
      <div className="login-lang">
        <LanguageSwitch
          size="large"
          onChanged={() => {
            languageChosenHere.current = true;
          }}
        />
      </div>
      <Typography.Paragraph className="login-help muted">{t('login.help')}</Typography.Paragraph>
    </main>
  );
}
