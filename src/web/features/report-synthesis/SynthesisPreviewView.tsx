import { Card, Empty, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { ScrollRegion } from '../members/MemberBits';
import type { SynthesisPreview } from './api';

type Completeness = SynthesisPreview['completeness'][number];
type Total = SynthesisPreview['totals'][number]['fields'][number];

const shown = (value: number | null) => (value === null ? '…' : formatNumber(Math.round(value * 10) / 10));

/** What the draft will hold, section by section, as it is printed in the Word file. */
export function SynthesisPreviewView({ preview }: { preview: SynthesisPreview }) {
  const { t } = useTranslation();
  return (
    <div className="card-grid">
      <Card title={t('reportSynthesis.statistics')}>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={preview.statistics}
          columns={[
            { title: t('reportSynthesis.indicator'), dataIndex: 'label' },
            {
              title: t('reportSynthesis.value'),
              align: 'right',
              render: (_, s) => `${shown(s.value)} ${s.unit}`,
            },
          ]}
        />
        <Typography.Paragraph type="secondary" className="synthesis-hint">
          {t('reportSynthesis.unknownHint')}
        </Typography.Paragraph>
      </Card>

      <Card title={t('reportSynthesis.completeness')}>
        {preview.completeness.length === 0 ? (
          <Empty description={t('reportSynthesis.noFormChosen')} />
        ) : (
          <ScrollRegion label={t('reportSynthesis.completeness')}>
            <Table<Completeness>
              size="small"
              pagination={false}
              rowKey={(c) => c.form.id}
              dataSource={preview.completeness}
              columns={[
                { title: t('reportSynthesis.form'), render: (_, c) => c.form.code },
                { title: t('reportSynthesis.expected'), dataIndex: 'expected', align: 'right' },
                { title: t('reportSynthesis.sent'), dataIndex: 'sent', align: 'right' },
                { title: t('reportSynthesis.onTime'), dataIndex: 'onTime', align: 'right' },
                { title: t('reportSynthesis.accepted'), dataIndex: 'accepted', align: 'right' },
              ]}
            />
          </ScrollRegion>
        )}
      </Card>

      {preview.totals
        .filter((f) => f.fields.length > 0)
        .map((f) => (
          <Card
            key={f.form.id}
            title={t('reportSynthesis.totals', { form: `${f.form.code} — ${f.form.name}` })}
          >
            <Table<Total>
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={f.fields}
              columns={[
                {
                  title: t('reportSynthesis.indicator'),
                  render: (_, x) => (x.unit ? `${x.label} (${x.unit})` : x.label),
                },
                {
                  title: t('reportSynthesis.value'),
                  align: 'right',
                  render: (_, x) => (
                    <span title={t(`reportSynthesis.aggregate.${x.aggregate}`, { count: x.reports })}>
                      {shown(x.value)}
                    </span>
                  ),
                },
              ]}
            />
          </Card>
        ))}

      <Card title={t('reportSynthesis.narratives')}>
        {preview.narratives.length === 0 ? (
          <Empty description={t('reportSynthesis.noNarratives')} />
        ) : (
          <List
            dataSource={preview.narratives}
            renderItem={(n) => (
              <List.Item>
                <span>
                  {n.section} — {n.field.label}
                </span>
                <Tag color={n.entries > 0 ? 'blue' : 'default'}>
                  {t('reportSynthesis.entries', { count: n.entries })}
                </Tag>
              </List.Item>
            )}
          />
        )}
      </Card>

      <Card title={t('reportSynthesis.placeholders')}>
        <Typography.Paragraph>{t('reportSynthesis.placeholdersIntro')}</Typography.Paragraph>
        <ul className="synthesis-placeholders">
          {preview.placeholders.map((p) => (
            <li key={p}>
              <mark>[{t('reportSynthesis.judgement', { what: p })}]</mark>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
