import { Alert, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, setFieldError } from '../../app/errors';
import { DATE_FORMAT, toIsoDate } from '../../app/format';
import { FormModal } from '../../components/FormModal';
import { type HandlingStep, handlePetition, type PetitionDetail, storePetition } from './api';

/** Fields are named as the API names them, so its errors land on the right field. */
interface Values {
  authority?: 'within' | 'beyond';
  note?: string;
  forwardedTo?: string;
  answer?: string;
  reply?: string;
  forwardedOn?: Dayjs;
  answeredOn?: Dayjs;
  repliedOn?: Dayjs;
}

const dateField: Record<Exclude<HandlingStep, 'classify'>, 'forwardedOn' | 'answeredOn' | 'repliedOn'> = {
  forward: 'forwardedOn',
  answer: 'answeredOn',
  reply: 'repliedOn',
};

/** The body of a step from the form's values (the server checks dates and order). */
function bodyOf(step: HandlingStep, values: Values, version: number) {
  const note = values.note?.trim() || null;
  switch (step) {
    case 'classify':
      return { authority: values.authority ?? 'within', note, version };
    case 'forward':
      return {
        forwardedTo: values.forwardedTo?.trim() ?? '',
        forwardedOn: toIsoDate(values.forwardedOn) ?? '',
        note,
        version,
      };
    case 'answer':
      return { answer: values.answer?.trim() ?? '', answeredOn: toIsoDate(values.answeredOn) ?? '', version };
    case 'reply':
      return { reply: values.reply?.trim() ?? '', repliedOn: toIsoDate(values.repliedOn) ?? '', version };
  }
}

/** One handling step of a petition in a small dialog: classify, forward, record the answer, reply. */
export function HandlingModal({
  petition,
  step,
  onClose,
}: {
  petition: PetitionDetail;
  step: HandlingStep | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shown = step ?? 'classify';

  const close = () => {
    setError(null);
    form.resetFields();
    onClose();
  };

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      storePetition(await handlePetition(petition.id, shown, bodyOf(shown, values, petition.version)));
      close();
    } catch (failure) {
      if (!setFieldError(form, failure)) setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<Values>
      open={step !== null}
      title={t(`petitions.handle.${shown}.title`)}
      okText={t(`petitions.handle.${shown}.confirm`)}
      saving={busy}
      onClose={close}
      name={`petition-${shown}`}
      form={form}
      onSubmit={submit}
      notice={error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
    >
      {shown === 'classify' ? (
        <Form.Item name="authority" label={t('petitions.handle.classify.authority')} initialValue="within">
          <Radio.Group
            options={[
              { value: 'within', label: t('petitions.authority.within') },
              { value: 'beyond', label: t('petitions.authority.beyond') },
            ]}
          />
        </Form.Item>
      ) : null}
      {shown === 'forward' ? (
        <Form.Item
          name="forwardedTo"
          label={t('petitions.handle.forward.to')}
          rules={[{ required: true, whitespace: true, message: t('petitions.handle.forward.toRequired') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
      ) : null}
      {shown === 'answer' || shown === 'reply' ? (
        <Form.Item
          name={shown}
          label={t(`petitions.handle.${shown}.text`)}
          rules={[{ required: true, whitespace: true, message: t('petitions.handle.textRequired') }]}
        >
          <Input.TextArea rows={5} maxLength={10_000} />
        </Form.Item>
      ) : null}
      {shown !== 'classify' ? (
        <Form.Item
          name={dateField[shown]}
          label={t(`petitions.handle.${shown}.on`)}
          initialValue={dayjs()}
          rules={[{ required: true, message: t('petitions.handle.dateRequired') }]}
        >
          <DatePicker format={DATE_FORMAT} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      ) : null}
      {shown === 'classify' || shown === 'forward' ? (
        <Form.Item name="note" label={t('petitions.handle.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
