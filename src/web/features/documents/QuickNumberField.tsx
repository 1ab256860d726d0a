import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../app/api';
import type { DocumentReference } from './api';
import { type NumberLine, parseNumberLine } from './labels';

/** The line as a number line ("Số 12-CT/TW ngày …"), else the first reference the server finds in it. */
async function readLine(line: string): Promise<NumberLine | null> {
  const local = parseNumberLine(line);
  if (local) return local;
  try {
    const found = await apiPost<{ references: DocumentReference[] }>('/api/documents/extract-references', {
      text: line,
    });
    const first = found.references[0];
    return first
      ? {
          number: first.number,
          type: first.type,
          issuer: first.issuer,
          ...(first.date ? { date: first.date } : {}),
        }
      : null;
  } catch {
    return null;
  }
}

/**
 * "Số, ký hiệu": the office types the number line as printed ("Số 12-CT/TW ngày 05/03/2026") and the number,
 * type, issuer and date fields are filled from it.
 */
/** `ready` once the issuer list is in: before it, a code could not be matched to an issuer. */
export function QuickNumberField({ onRead, ready }: { onRead: (line: NumberLine) => void; ready: boolean }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const read = async () => {
    if (!value.trim() || !ready) return;
    setBusy(true);
    setFailed(false);
    const line = await readLine(value.trim());
    setBusy(false);
    if (line) onRead(line);
    else setFailed(true);
  };

  return (
    <div className="stack-tight">
      <label htmlFor="document-quick-number" className="field-label strong">
        {t('documents.form.quickLabel')}
      </label>
      <p id="document-quick-number-help" className="muted" style={{ margin: 0 }}>
        {t('documents.form.quickHelp')}
      </p>
      <Space.Compact style={{ width: '100%', maxWidth: 560 }}>
        <Input
          id="document-quick-number"
          aria-describedby="document-quick-number-help"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onPressEnter={(e) => {
            e.preventDefault();
            void read();
          }}
          placeholder="Số 12-CT/TW ngày 05/03/2026"
          maxLength={300}
        />
        <Button
          icon={<ThunderboltOutlined aria-hidden />}
          loading={busy || !ready}
          disabled={!ready}
          onClick={() => void read()}
        >
          {t('documents.form.quickFill')}
        </Button>
      </Space.Compact>
      {failed ? <Alert type="warning" showIcon title={t('documents.form.quickFailed')} /> : null}
    </div>
  );
}
