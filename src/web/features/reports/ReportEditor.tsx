import { ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionValues } from '../../../contracts/reports';
import { askedFields } from '../../../domain/report-values';
import { isApiError } from '../../app/api';
import { errorText } from '../../app/errors';
import { useBusy } from '../../app/useBusy';
import { refreshPrefill, type SubmissionDetail, storeSubmission, submitSubmission } from './api';
import { EditableField } from './EditableField';
import { hasPrefillSources, issuesByField, reportIssues, stateToValues, valuesToState } from './formState';
import { IssueSummary } from './IssueSummary';
import { SaveStatus } from './SaveStatus';
import { SendModal } from './SendModal';
import { useAutosave } from './useAutosave';

interface Props {
  detail: SubmissionDetail;
  /** The report was replaced by a newer answer (figures refreshed, someone else's save): start over from it. */
  onReplaced: (detail: SubmissionDetail, why: 'prefill' | 'stale') => void;
  onStale: () => Promise<SubmissionDetail | undefined>;
}

/**
 * The report being filled in: every asked field by section, saved as it is typed; the issues the sending
 * would meet are shown beside their fields (a blank required field only once the user tried to send).
 */
export function ReportEditor({ detail, onReplaced, onStale }: Props) {
  const { t } = useTranslation();
  const { definition } = detail;
  const { message } = App.useApp();
  const [state, setState] = useState<SubmissionValues>(() => valuesToState(definition, detail.values));
  // The latest values, for changes that come faster than renders.
  const latest = useRef(state);
  const [triedToSend, setTriedToSend] = useState(false);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [sendBusy, setSendBusy] = useState(false);
  const prefillBusy = useBusy();
  const autosave = useAutosave({
    id: detail.id,
    version: detail.version,
    onSaved: storeSubmission,
    onStale: async () => {
      const fresh = await onStale();
      if (fresh) onReplaced(fresh, 'stale');
    },
  });

  const values = useMemo(() => stateToValues(definition, state), [definition, state]);
  // Sending needs every issue gone; the required ones are shown only once the user tried to send.
  const allIssues = useMemo(() => reportIssues(definition, values, true), [definition, values]);
  const byField = useMemo(
    () =>
      issuesByField(triedToSend ? allIssues : allIssues.filter((i) => i.code !== 'REPORT_FIELD_REQUIRED')),
    [allIssues, triedToSend],
  );

  const change = (key: string, value: SubmissionValues[string]) => {
    const next = { ...latest.current, [key]: value };
    latest.current = next;
    setState(next);
    autosave.schedule(stateToValues(definition, next));
  };

  const trySend = async () => {
    setTriedToSend(true);
    if (allIssues.length > 0) return;
    if (!(await autosave.flush())) return;
    setSendError(null);
    setSending(true);
  };

  const send = async (receivedOn: string | null) => {
    setSendBusy(true);
    setSendError(null);
    try {
      const body = receivedOn
        ? { version: autosave.currentVersion(), receivedOn }
        : { version: autosave.currentVersion() };
      const sent = await submitSubmission(detail.id, body);
      setSending(false);
      storeSubmission(sent);
      void message.success(t('reports.send.done'));
      window.scrollTo({ top: 0 });
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        setSending(false);
        const fresh = await onStale().catch(() => undefined);
        if (fresh) onReplaced(fresh, 'stale');
        return;
      }
      setSendError(errorText(error));
    } finally {
      setSendBusy(false);
    }
  };

  const refresh = () =>
    prefillBusy.run(async () => {
      if (!(await autosave.flush())) return;
      const fresh = await refreshPrefill(detail.id, autosave.currentVersion());
      storeSubmission(fresh);
      onReplaced(fresh, 'prefill');
    });

  return (
    <div className="stack">
      <Card className="report-toolbar">
        <div className="report-toolbar-row">
          <SaveStatus state={autosave.state} />
          {hasPrefillSources(definition) ? (
            <Popconfirm
              title={t('reports.prefill.confirmTitle')}
              description={t('reports.prefill.confirmText')}
              okText={t('reports.prefill.refresh')}
              cancelText={t('common.cancel')}
              onConfirm={() => void refresh()}
            >
              <Button icon={<ReloadOutlined aria-hidden />} loading={prefillBusy.busy}>
                {t('reports.prefill.refresh')}
              </Button>
            </Popconfirm>
          ) : null}
        </div>
      </Card>
      {definition.sections.map((section) => {
        const fields = section.fields.filter((field) => !field.retired);
        if (fields.length === 0) return null;
        return (
          <Card key={section.key} title={<h2 className="card-title">{section.title}</h2>}>
            <div className="report-fields">
              {fields.map((field) => (
                <EditableField
                  key={field.key}
                  field={field}
                  values={state}
                  prefill={detail.prefill}
                  issues={byField}
                  unitId={detail.unit.id}
                  onChange={change}
                />
              ))}
            </div>
          </Card>
        );
      })}
      <Card>
        <div className="stack">
          {triedToSend ? <IssueSummary issues={allIssues} /> : null}
          <p className="muted" style={{ margin: 0 }}>
            {t('reports.send.hint', { n: askedFields(definition).filter((f) => f.required).length })}
          </p>
          <div className="form-actions report-send-row">
            <Button
              type="primary"
              size="large"
              icon={<SendOutlined aria-hidden />}
              onClick={() => void trySend()}
            >
              {t('reports.send.button')}
            </Button>
            <SaveStatus state={autosave.state} live={false} />
          </div>
        </div>
      </Card>
      <SendModal
        open={sending}
        paper={detail.canEnterPaper}
        opensOn={detail.opensOn}
        busy={sendBusy}
        error={sendError}
        onClose={() => setSending(false)}
        onSend={(receivedOn) => void send(receivedOn)}
      />
    </div>
  );
}
