import { CheckOutlined, CloseOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Result, Select, Skeleton, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { JobProgress } from '../../components/JobProgress';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { defaultUnitFor } from '../members/api';
import { displayValue, fieldLabel } from '../members/field-values';
import { useCodeLabels } from '../members/labels';
import { ScrollRegion } from '../members/MemberBits';
import {
  acceptImport,
  cancelImport,
  type ExchangeColumnKey,
  exchangeColumnKeys,
  exchangeKeys,
  type ImportRow,
  type ImportSummary,
  importQuery,
  importRowsQuery,
  MAX_IMPORT_BYTES,
  putMapping,
  uploadImport,
} from './api';
import './exchange.css';

export interface ImportSearch {
  unitId?: string;
  importId?: string;
}

/**
 * "Nhập từ Excel": choose the cell and the file; the server checks every row (progress bar); when the file's
 * headers differ from the national layout the user says which column is which; the preview lists every bad
 * row (row number, column, reason) and every update as a field-by-field change; nothing is written until
 * "Nhập các dòng hợp lệ".
 */
export function ImportPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/members/import' });
  const navigate = useNavigate({ from: '/members/import' });
  const go = (patch: ImportSearch) => void navigate({ search: (prev) => ({ ...prev, ...patch }) });

  return (
    <>
      <PageHeader title={t('exchange.import.title')} intro={t('exchange.import.intro')} />
      {search.importId ? (
        <ImportSteps importId={search.importId} onRestart={() => go({ importId: undefined })} />
      ) : (
        <UploadStep unitId={search.unitId} onUploaded={(importId, unitId) => go({ importId, unitId })} />
      )}
    </>
  );
}

function UploadStep({
  unitId: given,
  onUploaded,
}: {
  unitId?: string;
  onUploaded: (importId: string, unitId: string) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const [unitId, setUnitId] = useState<string | undefined>(given ?? defaultUnitFor(me, undefined));
  const [file, setFile] = useState<File | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const upload = useMutation({
    mutationFn: () => uploadImport(unitId as string, file as File),
    onSuccess: (started) => onUploaded(started.importId, unitId as string),
  });

  return (
    <Card>
      <div className="stack">
        <div>
          <label htmlFor="import-unit" className="field-label strong">
            {t('exchange.import.unit')}
          </label>
          <p className="muted">{t('exchange.import.unitHelp')}</p>
          <UnitTreeSelect id="import-unit" value={unitId} onChange={setUnitId} />
        </div>
        <div>
          <span className="field-label strong" id="import-file-label">
            {t('exchange.import.file')}
          </span>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            multiple={false}
            aria-labelledby="import-file-label"
            beforeUpload={(chosen) => {
              setTooBig(chosen.size > MAX_IMPORT_BYTES);
              setFile(chosen);
              upload.reset();
              return false;
            }}
            onRemove={() => {
              setFile(null);
              setTooBig(false);
            }}
            fileList={
              file
                ? [{ uid: 'chosen', name: file.name, status: tooBig ? 'error' : 'done', size: file.size }]
                : []
            }
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('exchange.import.drop')}</p>
            <p className="ant-upload-hint">{t('exchange.import.dropHint')}</p>
          </Upload.Dragger>
        </div>
        {tooBig ? <Alert type="error" showIcon title={t('exchange.import.tooBig')} /> : null}
        {upload.error ? <Alert type="error" showIcon title={errorText(upload.error)} /> : null}
        <div>
          <Button
            type="primary"
            size="large"
            icon={<UploadOutlined aria-hidden />}
            disabled={!unitId || !file || tooBig}
            loading={upload.isPending}
            onClick={() => upload.mutate()}
          >
            {upload.isPending ? t('exchange.import.uploading') : t('exchange.import.upload')}
          </Button>
        </div>
      </div>
    </Card>
  );
}

function ImportSteps({ importId, onRestart }: { importId: string; onRestart: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const summary = useQuery(importQuery(importId));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: exchangeKeys.import(importId) });

  if (summary.isPending) return <Skeleton active />;
  if (summary.error) return <Alert type="error" showIcon title={errorText(summary.error)} />;
  const imp = summary.data;
  const restart = (
    <Button onClick={onRestart} icon={<UploadOutlined aria-hidden />}>
      {t('exchange.import.another')}
    </Button>
  );

  return (
    <div className="stack">
      <p className="muted">
        {t('exchange.import.fileInto', {
          file: imp.fileName,
          unit: imp.unitName,
          rows: formatNumber(imp.rowCount),
        })}
      </p>
      {imp.status === 'validating' && imp.jobId ? (
        <Card title={<h2 className="card-title">{t('exchange.import.checking')}</h2>}>
          <JobProgress
            key={imp.jobId}
            jobId={imp.jobId}
            name={t('exchange.import.checking')}
            onFinished={refresh}
            renderResult={() => <Skeleton active paragraph={{ rows: 1 }} />}
          />
        </Card>
      ) : null}
      {imp.status === 'needs_mapping' ? <MappingStep imp={imp} onMapped={refresh} /> : null}
      {imp.status === 'ready' ? <PreviewStep imp={imp} onDone={refresh} /> : null}
      {imp.status === 'applied' ? (
        <Result
          status="success"
          title={t('exchange.import.applied')}
          subTitle={t('exchange.import.appliedCounts', {
            created: formatNumber(imp.counts?.new ?? 0),
            updated: formatNumber(imp.counts?.update ?? 0),
          })}
          extra={[
            <ButtonLink key="list" type="primary" href={`/members?unitId=${encodeURIComponent(imp.unitId)}`}>
              {t('exchange.import.openList')}
            </ButtonLink>,
            <span key="again">{restart}</span>,
          ]}
        />
      ) : null}
      {imp.status === 'cancelled' ? (
        <Result status="info" title={t('exchange.import.cancelled')} extra={restart} />
      ) : null}
      {imp.status === 'failed' ? (
        <Result status="error" title={t('exchange.import.failed')} extra={restart} />
      ) : null}
    </div>
  );
}

const SKIP = '__skip';

function MappingStep({ imp, onMapped }: { imp: ImportSummary; onMapped: () => void }) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<(ExchangeColumnKey | null)[]>(imp.mapping ?? imp.suggestedMapping);
  const save = useMutation({ mutationFn: () => putMapping(imp.id, mapping), onSuccess: onMapped });
  const options = [
    { value: SKIP, label: t('exchange.mapping.skip') },
    ...exchangeColumnKeys.map((key) => ({ value: key, label: t(`exchange.columns.${key}`) })),
  ];
  const cancel = useMutation({ mutationFn: () => cancelImport(imp.id), onSuccess: onMapped });

  return (
    <Card title={<h2 className="card-title">{t('exchange.mapping.title')}</h2>}>
      <p>{t('exchange.mapping.intro')}</p>
      <table className="diff-table exchange-mapping">
        <caption className="visually-hidden">{t('exchange.mapping.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange.mapping.fileColumn')}</th>
            <th scope="col">{t('exchange.mapping.listColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {imp.headers.map((header, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the file's columns are fixed by position
            <tr key={index}>
              <th scope="row" id={`map-${index}`}>
                {header || t('exchange.mapping.noHeader', { n: index + 1 })}
              </th>
              <td>
                <Select
                  aria-labelledby={`map-${index}`}
                  style={{ minWidth: 240 }}
                  value={mapping[index] ?? SKIP}
                  options={options}
                  showSearch={{ optionFilterProp: 'label' }}
                  onChange={(value: string) =>
                    setMapping((m) =>
                      m.map((v, i) =>
                        i === index ? (value === SKIP ? null : (value as ExchangeColumnKey)) : v,
                      ),
                    )
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {save.error ? (
        <Alert type="error" showIcon title={errorText(save.error)} style={{ marginTop: 12 }} />
      ) : null}
      <div className="page-header-extra" style={{ marginTop: 16 }}>
        <Button type="primary" size="large" loading={save.isPending} onClick={() => save.mutate()}>
          {t('exchange.mapping.check')}
        </Button>
        <Button
          size="large"
          icon={<CloseOutlined aria-hidden />}
          loading={cancel.isPending}
          onClick={() => cancel.mutate()}
        >
          {t('exchange.preview.cancel')}
        </Button>
      </div>
    </Card>
  );
}

function PreviewStep({ imp, onDone }: { imp: ImportSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const counts = imp.counts ?? { new: 0, update: 0, unchanged: 0, bad: 0 };
  const bad = useQuery({ ...importRowsQuery(imp.id, 'bad'), enabled: counts.bad > 0 });
  const updates = useQuery({ ...importRowsQuery(imp.id, 'update'), enabled: counts.update > 0 });
  const accept = useMutation({ mutationFn: () => acceptImport(imp.id), onSuccess: onDone });
  const cancel = useMutation({ mutationFn: () => cancelImport(imp.id), onSuccess: onDone });
  const good = counts.new + counts.update;
  const value = (field: string, v: unknown) =>
    displayValue(field, v, labels) ?? t('members.history.emptyValue');

  const badLines = (bad.data ?? []).flatMap((row: ImportRow) =>
    row.problems.map((p, i) => ({ key: `${row.rowNumber}-${i}`, row, problem: p })),
  );

  return (
    <>
      <Card title={<h2 className="card-title">{t('exchange.preview.title')}</h2>}>
        <ul className="exchange-counts plain-list">
          <li>
            <strong>{formatNumber(counts.new)}</strong> {t('exchange.preview.new')}
          </li>
          <li>
            <strong>{formatNumber(counts.update)}</strong> {t('exchange.preview.update')}
          </li>
          <li>
            <strong>{formatNumber(counts.unchanged)}</strong> {t('exchange.preview.unchanged')}
          </li>
          <li className={counts.bad > 0 ? 'exchange-bad-count' : undefined}>
            <strong>{formatNumber(counts.bad)}</strong> {t('exchange.preview.bad')}
          </li>
        </ul>
        <p>{good > 0 ? t('exchange.preview.nothingYet') : t('exchange.preview.nothingGood')}</p>
        {accept.error ? (
          <Alert type="error" showIcon title={errorText(accept.error)} style={{ marginBottom: 12 }} />
        ) : null}
        <div className="page-header-extra">
          <Button
            type="primary"
            size="large"
            icon={<CheckOutlined aria-hidden />}
            disabled={good === 0}
            loading={accept.isPending}
            onClick={() => accept.mutate()}
          >
            {t('exchange.preview.accept', { n: formatNumber(good) })}
          </Button>
          <Button
            size="large"
            icon={<CloseOutlined aria-hidden />}
            loading={cancel.isPending}
            onClick={() => cancel.mutate()}
          >
            {t('exchange.preview.cancel')}
          </Button>
        </div>
      </Card>
      {counts.bad > 0 ? (
        <Card
          title={
            <h2 className="card-title">{t('exchange.preview.badTitle', { n: formatNumber(counts.bad) })}</h2>
          }
        >
          <p className="muted">{t('exchange.preview.badHelp')}</p>
          {bad.error ? <Alert type="error" showIcon title={errorText(bad.error)} /> : null}
          <ScrollRegion label={t('exchange.preview.badTitle', { n: formatNumber(counts.bad) })}>
            <Table
              size="small"
              loading={bad.isPending}
              rowKey="key"
              dataSource={badLines}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                { title: t('exchange.preview.row'), render: (_, l) => l.row.rowNumber, width: 70 },
                { title: t('exchange.preview.name'), render: (_, l) => l.row.fullName ?? '—' },
                { title: t('exchange.preview.column'), render: (_, l) => l.problem.column },
                { title: t('exchange.preview.reason'), render: (_, l) => l.problem.message },
              ]}
            />
          </ScrollRegion>
        </Card>
      ) : null}
      {counts.update > 0 ? (
        <Card
          title={
            <h2 className="card-title">
              {t('exchange.preview.updateTitle', { n: formatNumber(counts.update) })}
            </h2>
          }
        >
          {updates.error ? <Alert type="error" showIcon title={errorText(updates.error)} /> : null}
          <ScrollRegion label={t('exchange.preview.updateTitle', { n: formatNumber(counts.update) })}>
            <Table
              size="small"
              loading={updates.isPending}
              rowKey="rowNumber"
              dataSource={updates.data ?? []}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                { title: t('exchange.preview.row'), dataIndex: 'rowNumber', width: 70 },
                { title: t('exchange.preview.name'), render: (_, r: ImportRow) => r.fullName ?? '—' },
                {
                  title: t('exchange.preview.changes'),
                  render: (_, r: ImportRow) => (
                    <ul className="plain-list">
                      {r.diff.map((d) => (
                        <li key={d.field}>
                          <strong>{fieldLabel(t, d.field)}</strong>: <del>{value(d.field, d.before)}</del> →{' '}
                          <ins>{value(d.field, d.after)}</ins>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          </ScrollRegion>
        </Card>
      ) : null}
    </>
  );
}
