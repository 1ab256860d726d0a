import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Alert, Form, Input, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { petitionKinds } from '../../../contracts/petitions';
import { useMe } from '../../app/auth';
import { errorText, setFieldError } from '../../app/errors';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { defaultSendingUnit, sendsAsMember } from './access';
import { addresseesQuery, type CreatePetitionBody, sendPetition, storePetition } from './api';

interface Values {
  kind: CreatePetitionBody['kind'];
  fromUnitId?: string;
  toUnitId?: string;
  sender: 'member' | 'unit';
  subject?: string;
  content?: string;
}

/** Sends a proposal or recommendation upward, in the member's own name or the cell's. */
export function SendPetitionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fromUnitId = Form.useWatch('fromUnitId', form);
  const addressees = useQuery({ ...addresseesQuery(fromUnitId ?? ''), enabled: !!fromUnitId });
  const options = addressees.data?.items ?? [];

  // The parent committee is the default addressee of the chosen unit.
  useEffect(() => {
    const first = addressees.data?.items[0]?.id;
    const current = form.getFieldValue('toUnitId') as string | undefined;
    if (first && !addressees.data?.items.some((a) => a.id === current)) form.setFieldValue('toUnitId', first);
  }, [addressees.data, form]);

  const close = () => {
    setError(null);
    onClose();
  };

  const submit = async (values: Values) => {
    if (!values.fromUnitId || !values.toUnitId) return;
    setBusy(true);
    setError(null);
    try {
      const detail = await sendPetition({
        kind: values.kind,
        fromUnitId: values.fromUnitId,
        toUnitId: values.toUnitId,
        asMember: values.sender === 'member',
        subject: values.subject?.trim() ?? '',
        content: values.content?.trim() ?? '',
      });
      storePetition(detail);
      form.resetFields();
      close();
      void navigate({ to: '/petitions/$petitionId', params: { petitionId: detail.id } });
    } catch (failure) {
      if (!setFieldError(form, failure)) setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('petitions.send.title')}
      okText={t('petitions.send.confirm')}
      saving={busy}
      onClose={close}
      name="send-petition"
      form={form}
      onSubmit={submit}
      notice={error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
    >
      <Form.Item name="kind" label={t('petitions.send.kind')} initialValue="proposal">
        <Radio.Group
          optionType="button"
          options={petitionKinds.map((k) => ({ value: k, label: t(`petitions.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="sender"
        label={t('petitions.send.sender')}
        initialValue={sendsAsMember(me) ? 'member' : 'unit'}
      >
        <Radio.Group
          options={[
            { value: 'member', label: t('petitions.send.asMember') },
            { value: 'unit', label: t('petitions.send.asUnit') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="fromUnitId"
        label={t('petitions.send.from')}
        initialValue={defaultSendingUnit(me)}
        rules={[{ required: true, message: t('petitions.send.fromRequired') }]}
      >
        <UnitTreeSelect knownName={me.roles.find((g) => g.unitId === defaultSendingUnit(me))?.unitName} />
      </Form.Item>
      <Form.Item
        name="toUnitId"
        label={t('petitions.send.to')}
        rules={[{ required: true, message: t('petitions.send.toRequired') }]}
      >
        <Select
          loading={addressees.isFetching}
          options={options.map((u) => ({ value: u.id, label: u.name }))}
          notFoundContent={t('petitions.send.noAddressee')}
        />
      </Form.Item>
      <Form.Item
        name="subject"
        label={t('petitions.send.subject')}
        rules={[{ required: true, whitespace: true, message: t('petitions.send.subjectRequired') }]}
      >
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('petitions.send.content')}
        rules={[{ required: true, whitespace: true, message: t('petitions.send.contentRequired') }]}
      >
        <Input.TextArea rows={5} maxLength={10_000} />
      </Form.Item>
    </FormModal>
  );
}
