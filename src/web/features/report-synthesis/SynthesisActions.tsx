import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from '@tanstack/react-router';
import { Alert, App, Button, Card, Progress, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { downloadDraft, registerFinal, type SynthesisChoice, type SynthesisPreview } from './api';

/** While the server compiles (no measure given), the bar creeps towards 90 % so the wait is visibly alive. */
function useCreep(active: boolean) {
  const [percent, setPercent] = useState(0);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  useEffect(() => {
    if (!active) return;
    setPercent(5);
    timer.current = setInterval(() => setPercent((p) => Math.min(90, p + (90 - p) * 0.1)), 300);
    return () => {
      if (timer.current) clearInterval(timer.current);
    };
  }, [active]);
  return [percent, setPercent] as const;
}

/** Download the draft (with progress), then register the edited final as an outgoing report. */
export function SynthesisActions({
  choice,
  preview,
}: {
  choice: SynthesisChoice;
  preview: SynthesisPreview;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState(false);
  const [compiling, setCompiling] = useState(false);
  const [percent, setPercent] = useCreep(compiling);
  const [registering, setRegistering] = useState(false);
  const [registered, setRegistered] = useState<string | null>(null);

  const download = async () => {
    setDownloading(true);
    setCompiling(true);
    try {
      await downloadDraft(choice, (share) => {
        if (share === null) return;
        setCompiling(false);
        setPercent(90 + share * 10);
      });
      setPercent(100);
      void message.success(t('reportSynthesis.downloaded'));
    } catch (error) {
      void message.error({ content: errorText(error), duration: 6 });
    } finally {
      setCompiling(false);
      setDownloading(false);
    }
  };

  const register = async (file: File) => {
    setRegistering(true);
    try {
      const { documentId } = await registerFinal(choice, file);
      setRegistered(documentId);
    } catch (error) {
      void message.error({ content: errorText(error), duration: 8 });
    } finally {
      setRegistering(false);
    }
  };

  return (
    <Card title={preview.title}>
      <Typography.Paragraph>
        {t('reportSynthesis.draftIntro', { summary: preview.summary })}
      </Typography.Paragraph>
      <div className="synthesis-actions">
        <Button
          type="primary"
          size="large"
          icon={<DownloadOutlined aria-hidden />}
          loading={downloading}
          onClick={download}
        >
          {t('reportSynthesis.download')}
        </Button>
        {preview.canRegister ? (
          <Upload
            accept=".docx"
            showUploadList={false}
            beforeUpload={(file) => {
              void register(file);
              return false;
            }}
          >
            <Button size="large" icon={<UploadOutlined aria-hidden />} loading={registering}>
              {t('reportSynthesis.register')}
            </Button>
          </Upload>
        ) : null}
      </div>
      {downloading || percent === 100 ? (
        <div className="synthesis-progress" aria-live="polite">
          <Progress percent={Math.round(percent)} status={downloading ? 'active' : 'success'} />
          <Typography.Text type="secondary">
            {downloading ? t('reportSynthesis.compiling') : t('reportSynthesis.downloaded')}
          </Typography.Text>
        </div>
      ) : null}
      {preview.canRegister && !preview.issuerName ? (
        <Alert className="synthesis-hint" type="warning" showIcon title={t('reportSynthesis.noIssuer')} />
      ) : null}
      {preview.canRegister ? (
        <Typography.Paragraph type="secondary" className="synthesis-hint">
          {t('reportSynthesis.registerHint')}
        </Typography.Paragraph>
      ) : null}
      {registered ? (
        <Alert
          type="success"
          showIcon
          title={t('reportSynthesis.registered')}
          description={
            <Link to="/documents/$documentId" params={{ documentId: registered }}>
              {t('reportSynthesis.openDocument')}
            </Link>
          }
        />
      ) : null}
    </Card>
  );
}
