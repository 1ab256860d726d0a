import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** An editable list of people (name and title), one row each. */
export function ParticipantsField({ name, addText }: { name: string; addText: string }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div>
          {fields.map((field, index) => (
            <div key={field.key} className="session-participant">
              <Form.Item
                name={[field.name, 'name']}
                label={t('workingSessions.form.personName', { n: index + 1 })}
                rules={[
                  { required: true, whitespace: true, message: t('workingSessions.form.nameRequired') },
                ]}
              >
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'title']}
                label={t('workingSessions.form.personTitle', { n: index + 1 })}
              >
                <Input maxLength={200} />
              </Form.Item>
              <Button
                danger
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('workingSessions.form.removePerson', { n: index + 1 })}
                onClick={() => remove(field.name)}
                style={{ marginTop: 30 }}
              />
            </div>
          ))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} block>
            {addText}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
