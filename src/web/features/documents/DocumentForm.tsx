import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confidentialities, documentTypeKeys, signingForms, urgencies } from '../../../contracts/documents';
import { DATE_FORMAT } from '../../app/format';
import { useFormSubmit } from '../../app/useFormSubmit';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { ProgramItemSelect } from '../programs/ProgramItemSelect';
import { AddIssuerModal } from './AddIssuerModal';
import { type DocumentIssuer, issuersQuery } from './api';
import { type Direction, type DocumentFormValues, formFieldOf } from './formValues';
import { IssuerSelect } from './IssuerSelect';
import type { NumberLine } from './labels';
import { QuickNumberField } from './QuickNumberField';

interface Props {
  direction: Direction;
  /** Editing a registered document: its owner unit stays, the quick entry is not offered. */
  editing?: boolean;
  initialValues: Partial<DocumentFormValues>;
  /** An issuer code from a reference link, resolved against the issuer list once it loads. */
  issuerCode?: string;
  submitText: string;
  onSubmit: (values: DocumentFormValues) => Promise<void>;
  onCancel: () => void;
  /** A stale version: reload, and say so above the buttons (the user's values stay). */
  onStale?: () => Promise<unknown>;
}

const noEnterSubmit = (event: React.KeyboardEvent<HTMLFormElement>) => {
  if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') event.preventDefault();
};

/** What a document is, who issued and signed it, its marks, recipients and text: for registering and drafting. */
export function DocumentForm({
  direction,
  editing = false,
  initialValues,
  issuerCode,
  submitText,
  onSubmit,
  onCancel,
  onStale,
}: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DocumentFormValues>();
  const signing = Form.useWatch('signingForm', form);
  const issuers = useQuery(issuersQuery);
  const [adding, setAdding] = useState(false);
  /**
   * An issuer code read from the number line that matches no body of the list (offered to the "add issuer"
   * dialog), or several (two committees both print "ĐU"): the user picks.
   */
  const [issuerHint, setIssuerHint] = useState<{ code: string; several: boolean } | undefined>();
  const incoming = direction === 'incoming';

  /** Fills the issuer when the code names exactly one body; says why not otherwise. */
  const applyIssuerCode = useCallback(
    (code: string, items: readonly DocumentIssuer[]) => {
      const matches = items.filter((i) => i.code === code);
      const only = matches.length === 1 ? matches[0] : undefined;
      if (only) form.setFieldValue('issuerId', only.id);
      setIssuerHint(only ? undefined : { code, several: matches.length > 1 });
    },
    [form],
  );

  useEffect(() => {
    const items = issuers.data?.items;
    if (!issuerCode || !items || form.getFieldValue('issuerId')) return;
    applyIssuerCode(issuerCode, items);
  }, [issuerCode, issuers.data, form, applyIssuerCode]);

  // An outgoing document is issued by its own unit's body: propose it while no issuer is chosen.
  const ownerUnitId = Form.useWatch('ownerUnitId', form);
  const documentType = Form.useWatch('type', form);
  useEffect(() => {
    if (incoming || editing || !ownerUnitId || form.getFieldValue('issuerId')) return;
    const own = issuers.data?.items.filter((i) => i.unitId === ownerUnitId) ?? [];
    if (own.length === 1 && own[0]) form.setFieldValue('issuerId', own[0].id);
  }, [incoming, editing, ownerUnitId, issuers.data, form]);

  const fillFrom = (line: NumberLine) => {
    form.setFieldsValue({
      number: line.number,
      ...(line.type ? { type: line.type } : {}),
      ...(line.date ? { issuedOn: dayjs(line.date) } : {}),
    });
    applyIssuerCode(line.issuer, issuers.data?.items ?? []);
  };

  const { busy, error, submit: finish } = useFormSubmit(form, onSubmit, { onStale, fieldOf: formFieldOf });

  const optional = (label: string) => `${label} (${t('common.optional')})`;

  return (
    <>
      <Form<DocumentFormValues>
        form={form}
        name="document"
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void finish(values)}
        className="document-form"
        onKeyDown={noEnterSubmit}
        scrollToFirstError={{ block: 'center' }}
      >
        <Card title={<h2 className="card-title">{t('documents.form.what')}</h2>}>
          {incoming && !editing ? <QuickNumberField onRead={fillFrom} ready={Boolean(issuers.data)} /> : null}
          {!editing ? (
            <Form.Item
              label={t('documents.fields.ownerUnit')}
              name="ownerUnitId"
              extra={incoming ? t('documents.form.ownerIncomingHelp') : t('documents.form.ownerOutgoingHelp')}
              rules={[{ required: true, message: t('documents.form.ownerRequired') }]}
              style={{ marginTop: incoming ? 16 : 0 }}
            >
              <UnitTreeSelect placeholder={t('documents.form.pickUnit')} />
            </Form.Item>
          ) : null}
          <div className="document-form-row">
            <Form.Item
              label={t('documents.fields.type')}
              name="type"
              rules={[{ required: true, message: t('documents.form.typeRequired') }]}
            >
              <Select
                options={documentTypeKeys.map((key) => ({ value: key, label: t(`documents.type.${key}`) }))}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('documents.form.pickType')}
              />
            </Form.Item>
            {incoming ? (
              <Form.Item
                label={t('documents.fields.number')}
                name="number"
                rules={[{ required: true, message: t('documents.form.numberRequired') }]}
              >
                <InputNumber min={1} max={99999} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            ) : (
              <Form.Item label={t('documents.fields.number')}>
                <span className="muted">{t('documents.form.numberOnIssue')}</span>
              </Form.Item>
            )}
          </div>
          <Form.Item
            label={t('documents.fields.issuer')}
            required
            extra={
              issuerHint
                ? t(issuerHint.several ? 'documents.form.severalIssuers' : 'documents.form.unknownIssuer', {
                    code: issuerHint.code,
                  })
                : undefined
            }
          >
            <div className="issuer-field">
              <Form.Item
                name="issuerId"
                noStyle
                rules={[{ required: true, message: t('documents.form.issuerRequired') }]}
              >
                <IssuerSelect aria-label={t('documents.fields.issuer')} />
              </Form.Item>
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
                {t('documents.issuer.addButton')}
              </Button>
            </div>
          </Form.Item>
          <div className="document-form-row">
            <Form.Item
              label={incoming ? t('documents.fields.issuedOn') : optional(t('documents.fields.issuedOn'))}
              name="issuedOn"
              rules={incoming ? [{ required: true, message: t('documents.form.issuedOnRequired') }] : []}
              extra={incoming ? undefined : t('documents.form.issuedOnOutgoingHelp')}
            >
              <DatePicker
                format={DATE_FORMAT}
                placeholder={t('org.datePlaceholder')}
                style={{ width: '100%' }}
              />
            </Form.Item>
            {incoming ? (
              <Form.Item label={optional(t('documents.fields.receivedOn'))} name="receivedOn">
                <DatePicker
                  format={DATE_FORMAT}
                  placeholder={t('org.datePlaceholder')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            ) : null}
            <Form.Item label={optional(t('documents.fields.place'))} name="place">
              <Input maxLength={100} placeholder={t('documents.form.placePlaceholder')} />
            </Form.Item>
          </div>
          <Form.Item
            label={t('documents.fields.summary')}
            name="summary"
            extra={t('documents.form.summaryHelp')}
            rules={[{ required: true, whitespace: true, message: t('documents.form.summaryRequired') }]}
          >
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          {!incoming && !editing ? (
            <Form.Item
              label={optional(t('programs.fields.programItem'))}
              name="programItemId"
              extra={t('programs.draftForItem')}
            >
              <ProgramItemSelect unitId={ownerUnitId} type={documentType} />
            </Form.Item>
          ) : null}
          <div className="document-form-row">
            <Form.Item label={t('documents.fields.confidentiality')} name="confidentiality">
              <Select
                options={confidentialities.map((key) => ({
                  value: key,
                  label: t(`documents.confidentiality.${key}`),
                }))}
              />
            </Form.Item>
            <Form.Item label={t('documents.fields.urgency')} name="urgency">
              <Select
                options={urgencies.map((key) => ({ value: key, label: t(`documents.urgency.${key}`) }))}
              />
            </Form.Item>
          </div>
          <Form.Item name="congress" valuePropName="checked" extra={t('documents.form.congressHelp')}>
            <Checkbox>{t('documents.fields.congress')}</Checkbox>
          </Form.Item>
        </Card>

        <Card title={<h2 className="card-title">{t('documents.form.signer')}</h2>}>
          <Form.Item label={t('documents.fields.signingForm')} name="signingForm">
            <Radio.Group
              options={signingForms.map((key) => ({ value: key, label: t(`documents.signingForm.${key}`) }))}
            />
          </Form.Item>
          {signing && signing !== 'direct' ? (
            <Form.Item
              label={t('documents.fields.signingFor')}
              name="signingFor"
              extra={t('documents.form.signingForHelp')}
              rules={[{ required: true, whitespace: true, message: t('documents.form.signingForRequired') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          ) : null}
          <div className="document-form-row">
            <Form.Item label={optional(t('documents.fields.signerTitle'))} name="signerTitle">
              <Input maxLength={200} placeholder={t('documents.form.signerTitlePlaceholder')} />
            </Form.Item>
            <Form.Item label={optional(t('documents.fields.signerName'))} name="signerName">
              <Input maxLength={200} />
            </Form.Item>
          </div>
          <Form.Item
            label={optional(t('documents.fields.recipients'))}
            name="recipients"
            extra={t('documents.form.recipientsHelp')}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
        </Card>

        <Card title={<h2 className="card-title">{t('documents.fields.body')}</h2>}>
          <Form.Item
            label={optional(t('documents.fields.body'))}
            name="body"
            extra={t('documents.form.bodyHelp')}
          >
            <Input.TextArea maxLength={500_000} autoSize={{ minRows: 6, maxRows: 30 }} />
          </Form.Item>
        </Card>

        {error ? <Alert type="error" showIcon title={error} /> : null}
        <div className="document-form-actions">
          <Button type="primary" htmlType="submit" loading={busy} size="large">
            {submitText}
          </Button>
          <Button onClick={onCancel} size="large">
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
      <AddIssuerModal
        open={adding}
        initialCode={issuerHint?.several ? undefined : issuerHint?.code}
        onClose={() => setAdding(false)}
        onAdded={(issuer) => {
          setAdding(false);
          setIssuerHint(undefined);
          form.setFieldValue('issuerId', issuer.id);
          void form.validateFields(['issuerId']).catch(() => undefined);
        }}
      />
    </>
  );
}
