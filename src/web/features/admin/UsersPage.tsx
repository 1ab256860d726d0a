import { EditOutlined, KeyOutlined, PlusOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Input,
  Popconfirm,
  Skeleton,
  Table,
  type TableColumnsType,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPatch, isApiError } from '../../app/api';
import { errorText, useShowError } from '../../app/errors';
import { formatDate, formatDateTime } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { PageHeader } from '../../components/PageHeader';
import { StatusText } from '../../components/StatusText';
import { type UserSummary, userKeys, usersQuery } from './api';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: UserSummary } | { kind: 'reset'; user: UserSummary };

export function UsersPage() {
  const { t } = useTranslation();
  const { q = '' } = useSearch({ from: '/app/admin/users' });
  const navigate = useNavigate({ from: '/admin/users' });
  const [searchText, setSearchText] = useState(q);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const list = useInfiniteQuery(usersQuery(q));
  const users = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;

  useEffect(() => setSearchText(q), [q]);

  const isPhone = useIsPhone();
  const openDialog = (user: UserSummary, kind: 'edit' | 'reset') => setDialog({ kind, user });
  const columns = useUserColumns(openDialog);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('users.create')}
          </Button>
        }
      />
      <Card>
        <search className="users-search">
          <label htmlFor="user-search" className="field-label">
            {t('users.searchLabel')}
          </label>
          <Input.Search
            id="user-search"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
            onSearch={(value) => void navigate({ search: { q: value.trim() || undefined }, replace: true })}
            placeholder={t('users.searchPlaceholder')}
            enterButton={t('common.search')}
            allowClear
            style={{ maxWidth: 560 }}
          />
        </search>
        {list.error ? (
          <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />
        ) : null}
        {isPhone ? (
          <UserCards users={users} loading={list.isPending} open={openDialog} />
        ) : (
          <Table<UserSummary>
            rowKey="id"
            columns={columns}
            dataSource={users}
            loading={list.isPending}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: t('users.empty') }}
            size="middle"
          />
        )}
        <LoadMoreFooter shown={users.length} total={total} list={list} />
      </Card>
      <UserFormModal
        open={dialog?.kind === 'create' || dialog?.kind === 'edit'}
        user={dialog?.kind === 'edit' ? dialog.user : null}
        onClose={() => setDialog(null)}
      />
      <ResetPasswordModal
        user={dialog?.kind === 'reset' ? dialog.user : null}
        onClose={() => setDialog(null)}
      />
    </>
  );
}

function useUserColumns(
  open: (user: UserSummary, kind: 'edit' | 'reset') => void,
): TableColumnsType<UserSummary> {
  const { t } = useTranslation();
  return [
    {
      key: 'name',
      title: t('users.fullName'),
      render: (_, user) => (
        <div>
          <div className="strong break-anywhere">{user.fullName}</div>
          <div className="muted mono">{user.username}</div>
          {user.email ? <div className="muted break-anywhere">{user.email}</div> : null}
        </div>
      ),
    },
    {
      key: 'roles',
      title: t('users.roles'),
      width: '34%',
      render: (_, user) => <UserRoles user={user} />,
    },
    {
      key: 'status',
      title: t('users.status'),
      render: (_, user) => <UserStatus user={user} />,
    },
    {
      key: 'totp',
      title: t('users.twoFactor'),
      render: (_, user) => <TwoFactorStatus user={user} />,
    },
    {
      key: 'createdAt',
      title: t('users.createdAt'),
      render: (_, user) => formatDate(user.createdAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, user) => <UserActions user={user} open={open} />,
    },
  ];
}

function UserStatus({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  if (user.disabled) return <StatusText tone="bad">{t('users.disabled')}</StatusText>;
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
    return (
      <StatusText tone="warn">{t('users.locked', { time: formatDateTime(user.lockedUntil) })}</StatusText>
    );
  }
  return <StatusText tone="ok">{t('users.active')}</StatusText>;
}

function TwoFactorStatus({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  return user.totpEnabled ? (
    <StatusText tone="ok">{t('users.on')}</StatusText>
  ) : (
    <StatusText tone="off">{t('users.off')}</StatusText>
  );
}

function UserRoles({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  if (user.roles.length === 0) return <span className="muted">{t('users.noRoles')}</span>;
  return (
    <ul className="plain-list compact-list">
      {user.roles.map((grant) => (
        <li key={`${grant.role}:${grant.unitId}`}>
          <strong>{t(`roles.${grant.role}`)}</strong> — {grant.unitName}
        </li>
      ))}
    </ul>
  );
}

interface UserCardsProps {
  users: UserSummary[];
  loading: boolean;
  open: (user: UserSummary, kind: 'edit' | 'reset') => void;
}

/** Phones: one card per user instead of a wide table. */
function UserCards({ users, loading, open }: UserCardsProps) {
  const { t } = useTranslation();
  if (loading) return <Skeleton active title={false} paragraph={{ rows: 6 }} />;
  if (users.length === 0) return <Empty description={t('users.empty')} />;
  return (
    <ul className="plain-list">
      {users.map((user) => (
        <li key={user.id} className="list-card">
          <div className="strong break-anywhere">{user.fullName}</div>
          <div className="muted mono">{user.username}</div>
          {user.email ? <div className="muted break-anywhere">{user.email}</div> : null}
          <div className="list-card-row">
            <UserStatus user={user} />
            <span>
              <span className="muted">{t('users.twoFactor')}:</span> <TwoFactorStatus user={user} />
            </span>
          </div>
          <UserRoles user={user} />
          <UserActions user={user} open={open} />
        </li>
      ))}
    </ul>
  );
}

function UserActions({
  user,
  open,
}: {
  user: UserSummary;
  open: (user: UserSummary, kind: 'edit' | 'reset') => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useShowError();

  const toggle = async () => {
    try {
      await apiPatch(`/api/admin/users/${encodeURIComponent(user.id)}`, {
        disabled: !user.disabled,
        version: user.version,
      });
      void message.success(
        user.disabled
          ? t('users.enabledDone', { name: user.fullName })
          : t('users.disabledDone', { name: user.fullName }),
      );
    } catch (error) {
      if (isApiError(error, 'STALE_VERSION')) void message.warning(t('users.conflict'));
      else showError(error);
    } finally {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
    }
  };

  return (
    <div className="row-actions">
      <Button
        size="small"
        icon={<EditOutlined aria-hidden />}
        onClick={() => open(user, 'edit')}
        aria-label={`${t('users.edit')}: ${user.fullName}`}
      >
        {t('users.edit')}
      </Button>
      <Button
        size="small"
        icon={<KeyOutlined aria-hidden />}
        onClick={() => open(user, 'reset')}
        aria-label={`${t('users.resetPassword')}: ${user.fullName}`}
      >
        {t('users.resetPassword')}
      </Button>
      <Popconfirm
        title={
          user.disabled
            ? t('users.enableConfirm', { name: user.fullName })
            : t('users.disableConfirm', { name: user.fullName })
        }
        okText={user.disabled ? t('users.enable') : t('users.disable')}
        okButtonProps={{ danger: !user.disabled }}
        cancelText={t('common.cancel')}
        onConfirm={toggle}
      >
        <Button
          size="small"
          danger={!user.disabled}
          icon={user.disabled ? <UndoOutlined aria-hidden /> : <StopOutlined aria-hidden />}
          aria-label={`${user.disabled ? t('users.enable') : t('users.disable')}: ${user.fullName}`}
        >
          {user.disabled ? t('users.enable') : t('users.disable')}
        </Button>
      </Popconfirm>
    </div>
  );
}
