import { DeleteOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Popconfirm, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../app/format';
import { useBusy } from '../../app/useBusy';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import {
  addRatingScale,
  deleteRatingScale,
  meetingsPanelKeys,
  type RatingScale,
  ratingScalesQuery,
} from './api';

interface ScaleValues {
  effectiveFrom: Dayjs;
  levels: { key: string; label: string }[];
  citation?: string;
}

const KEY_RULE = /^[a-z_]{1,40}$/;
const defaultLevels = [
  { key: 'tot', label: 'Tốt' },
  { key: 'kha', label: 'Khá' },
  { key: 'trung_binh', label: 'Trung bình' },
  { key: 'kem', label: 'Kém' },
];

/**
 * The quality self-rating scales of cell meetings by date (administrator): the rule set's scale applies until
 * a scale set here takes effect; each meeting is rated on the scale in force on its date.
 */
export function RatingScalesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const scales = useQuery(ratingScalesQuery);
  const [adding, setAdding] = useState(false);
  const { busy, run } = useBusy();
  const [form] = Form.useForm<ScaleValues>();

  const refresh = () => queryClient.invalidateQueries({ queryKey: meetingsPanelKeys.ratingScales });
  const save = (values: ScaleValues) =>
    run(async () => {
      await addRatingScale({
        effectiveFrom: toIsoDate(values.effectiveFrom) ?? '',
        levels: values.levels,
        citation: values.citation?.trim() || null,
      });
      await refresh();
      setAdding(false);
      message.success(t('ratingScales.saved'));
    }, form);
  const remove = (scale: RatingScale) =>
    run(async () => {
      if (!scale.id) return;
      await deleteRatingScale(scale.id);
      await refresh();
      message.success(t('ratingScales.deleted'));
    });

  return (
    <>
      <PageHeader
        title={t('ratingScales.title')}
        intro={t('ratingScales.intro')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              form.resetFields();
              setAdding(true);
            }}
          >
            {t('ratingScales.add')}
          </Button>
        }
      />
      <Card>
        {scales.error ? (
          <Alert type="error" showIcon title={errorText(scales.error)} />
        ) : (
          <Table<RatingScale>
            loading={scales.isPending}
            rowKey={(s) => s.id ?? `rules-${s.effectiveFrom}`}
            dataSource={scales.data?.items ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('ratingScales.empty') }}
            columns={[
              {
                key: 'from',
                title: t('ratingScales.effectiveFrom'),
                render: (_, s) => formatDate(s.effectiveFrom),
              },
              {
                key: 'levels',
                title: t('ratingScales.levels'),
                render: (_, s) => s.levels.map((l) => l.label).join(' · '),
              },
              {
                key: 'citation',
                title: t('ratingScales.citation'),
                render: (_, s) => s.citation ?? '—',
              },
              {
                key: 'actions',
                title: <span className="visually-hidden">{t('ratingScales.actions')}</span>,
                render: (_, s) =>
                  s.id ? (
                    <Popconfirm
                      title={t('ratingScales.deleteConfirm', { date: formatDate(s.effectiveFrom) })}
                      okText={t('ratingScales.delete')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() => remove(s)}
                    >
                      <Button danger icon={<DeleteOutlined aria-hidden />} loading={busy}>
                        {t('ratingScales.delete')}
                      </Button>
                    </Popconfirm>
                  ) : (
                    <span className="muted">{t('ratingScales.builtIn')}</span>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <FormModal<ScaleValues>
        open={adding}
        title={t('ratingScales.add')}
        saving={busy}
        onClose={() => setAdding(false)}
        name="rating-scale"
        form={form}
        onSubmit={save}
      >
        <Form.Item
          name="effectiveFrom"
          label={t('ratingScales.effectiveFrom')}
          rules={[{ required: true, message: t('ratingScales.dateRequired') }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.List name="levels" initialValue={defaultLevels}>
          {(fields, { add, remove: drop }) => (
            <fieldset className="stack">
              <legend className="strong">{t('ratingScales.levels')}</legend>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'label']}
                    label={t('ratingScales.label', { n: index + 1 })}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        max: 100,
                        message: t('ratingScales.labelRequired'),
                      },
                    ]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'key']}
                    label={t('ratingScales.key', { n: index + 1 })}
                    rules={[{ required: true, pattern: KEY_RULE, message: t('ratingScales.keyRule') }]}
                  >
                    <Input className="mono" />
                  </Form.Item>
                  {fields.length > 2 ? (
                    <Button
                      type="text"
                      aria-label={t('ratingScales.removeLevel', { n: index + 1 })}
                      icon={<MinusCircleOutlined aria-hidden />}
                      onClick={() => drop(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  ) : null}
                </Space>
              ))}
              {fields.length < 10 ? (
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ key: '', label: '' })}>
                  {t('ratingScales.addLevel')}
                </Button>
              ) : null}
            </fieldset>
          )}
        </Form.List>
        <Form.Item name="citation" label={t('ratingScales.citation')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </>
  );
}
