import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPatch, apiPost, isApiError } from '../../app/api';
import { useBusy } from '../../app/useBusy';
import { FormModal } from '../../components/FormModal';
import { NewPasswordField } from '../../components/NewPasswordFields';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { type Role, roleList, type UserSummary, userKeys } from './api';

interface RoleRow {
  role?: Role;
  unitId?: string;
}

interface Values {
  username: string;
  fullName: string;
  email?: string;
  password: string;
  disabled: boolean;
  roles: RoleRow[];
  reason?: string;
}

interface Props {
  open: boolean;
  /** The user to edit, or null to create one. */
  user: UserSummary | null;
  onClose: () => void;
}

const USERNAME = /^[a-z0-9._-]{3,50}$/;

interface Editable {
  fullName: string;
  email: string | null;
  disabled: boolean;
  roles: { role: Role; unitId: string }[];
}

const roleKey = (roles: readonly { role: Role; unitId: string }[]) =>
  roles
    .map(({ role, unitId }) => `${role}@${unitId}`)
    .sort()
    .join(',');

function changedFields(user: UserSummary, next: Editable): Partial<Editable> {
  const changes: Partial<Editable> = {};
  if (next.fullName !== user.fullName) changes.fullName = next.fullName;
  if (next.email !== user.email) changes.email = next.email;
  if (next.disabled !== user.disabled) changes.disabled = next.disabled;
  if (roleKey(next.roles) !== roleKey(user.roles)) changes.roles = next.roles;
  return changes;
}

export function UserFormModal({ open, user, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const { busy: saving, run } = useBusy();
  const editing = user !== null;
  const unitNames = new Map(user?.roles.map((grant) => [grant.unitId, grant.unitName]) ?? []);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      user
        ? {
            fullName: user.fullName,
            email: user.email ?? '',
            disabled: user.disabled,
            roles: user.roles.map(({ role, unitId }) => ({ role, unitId })),
            reason: '',
          }
        : { username: '', fullName: '', email: '', password: '', disabled: false, roles: [{}] },
    );
  }, [open, user, form]);

  const save = async (values: Values) => {
    const roles = (values.roles ?? []).filter((row): row is Required<RoleRow> =>
      Boolean(row.role && row.unitId),
    );
    const email = values.email?.trim() || null;
    if (user) {
      // Send only what the administrator changed, so that an edit never rewrites fields it did not touch.
      const changes = changedFields(user, {
        fullName: values.fullName.trim(),
        email,
        disabled: values.disabled,
        roles,
      });
      if (Object.keys(changes).length === 0) {
        onClose();
        return;
      }
      await apiPatch(`/api/admin/users/${encodeURIComponent(user.id)}`, {
        ...changes,
        version: user.version,
        reason: values.reason?.trim() || undefined,
      });
      void message.success(t('users.updated', { name: values.fullName.trim() }));
    } else {
      await apiPost('/api/admin/users', {
        username: values.username.trim(),
        fullName: values.fullName.trim(),
        email: email ?? undefined,
        password: values.password,
        roles,
      });
      void message.success(t('users.created', { name: values.fullName.trim() }));
    }
    await queryClient.invalidateQueries({ queryKey: userKeys.all });
    onClose();
  };

  // A stale version means someone else saved this user meanwhile: say so and show the list as it is now.
  const submit = (values: Values) =>
    run(async () => {
      try {
        await save(values);
      } catch (error) {
        if (!isApiError(error, 'STALE_VERSION')) throw error;
        void message.warning({ content: t('users.conflict'), duration: 8 });
        await queryClient.invalidateQueries({ queryKey: userKeys.all });
        onClose();
      }
    }, form);

  return (
    <FormModal<Values>
      open={open}
      title={user ? t('users.editTitle', { name: user.fullName }) : t('users.createTitle')}
      width={720}
      saving={saving}
      onClose={onClose}
      name="user"
      form={form}
      onSubmit={submit}
    >
      {editing ? null : (
        <Form.Item
          label={t('users.username')}
          name="username"
          extra={t('users.usernameRule')}
          rules={[{ required: true, pattern: USERNAME, message: t('users.usernameRule') }]}
          normalize={(value: string) => value.toLowerCase()}
        >
          <Input autoComplete="off" autoCapitalize="none" spellCheck={false} className="mono" />
        </Form.Item>
      )}
      <Form.Item
        label={t('users.fullName')}
        name="fullName"
        rules={[{ required: true, whitespace: true, max: 200, message: t('users.fullNameRequired') }]}
      >
        <Input autoComplete="off" maxLength={200} />
      </Form.Item>
      <Form.Item
        label={`${t('users.email')} (${t('common.optional')})`}
        name="email"
        rules={[{ type: 'email', message: t('users.emailInvalid') }]}
      >
        <Input type="email" autoComplete="off" maxLength={200} />
      </Form.Item>
      {editing ? (
        <Form.Item label={t('users.accountDisabled')} name="disabled" valuePropName="checked">
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
        </Form.Item>
      ) : (
        <NewPasswordField
          name="password"
          label={t('users.password')}
          help={t('users.passwordHelp')}
          lengthMessage={t('users.passwordMin')}
        />
      )}
      <fieldset className="roles-fieldset">
        <legend>{t('users.roles')}</legend>
        <Typography.Paragraph className="muted">{t('users.rolesHelp')}</Typography.Paragraph>
        <Form.List name="roles">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <div key={field.key} className="role-row">
                  <Form.Item
                    className="role-row-role"
                    label={`${t('users.role')} ${index + 1}`}
                    name={[field.name, 'role']}
                    rules={[{ required: true, message: t('users.roleRequired') }]}
                  >
                    <Select options={roleList.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
                  </Form.Item>
                  <Form.Item
                    className="role-row-unit"
                    label={`${t('users.unit')} ${index + 1}`}
                    name={[field.name, 'unitId']}
                    rules={[{ required: true, message: t('users.unitRequired') }]}
                  >
                    <UnitTreeSelect
                      knownName={unitNames.get(form.getFieldValue(['roles', field.name, 'unitId']) ?? '')}
                    />
                  </Form.Item>
                  <Button
                    className="role-row-remove"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('users.removeRole', { index: index + 1 })}
                    title={t('users.removeRole', { index: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                {t('users.addRole')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
      {editing ? (
        <Form.Item
          label={`${t('users.reason')} (${t('common.optional')})`}
          name="reason"
          style={{ marginTop: 16 }}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
