import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface NewPasswordFieldProps {
  name: string;
  label: ReactNode;
  /** Shown under the field. */
  help?: ReactNode;
  /** The error when the field is empty, too short or too long. */
  lengthMessage: string;
}

/** One field for a password being set: 8 to 200 characters, marked for password managers as a new one. */
export function NewPasswordField({ name, label, help, lengthMessage }: NewPasswordFieldProps) {
  return (
    <Form.Item
      label={label}
      name={name}
      extra={help}
      rules={[{ required: true, min: 8, max: 200, message: lengthMessage }]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}

interface NewPasswordFieldsProps {
  /**
   * The catalog section whose words the fields use: 'account' for one's own password, 'users' for a password
   * an administrator sets.
   */
  wording: 'account' | 'users';
  /** Shown under the new password. */
  help?: ReactNode;
}

/** The fields `newPassword` and `confirmPassword`, the second of which must repeat the first. */
export function NewPasswordFields({ wording, help }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const mismatch = t(`${wording}.passwordMismatch`);
  return (
    <>
      <NewPasswordField
        name="newPassword"
        label={t(`${wording}.newPassword`)}
        help={help}
        lengthMessage={t(`${wording}.passwordMin`)}
      />
      <Form.Item
        label={t(`${wording}.confirmPassword`)}
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: mismatch },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error(mismatch)),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
