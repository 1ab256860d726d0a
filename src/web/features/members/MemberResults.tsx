import { Link, useNavigate } from '@tanstack/react-router';
import { Empty, Skeleton, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import type { MemberListItem } from './api';
import { MemberStatusTag, PositionList } from './MemberBits';

interface MemberResultsProps {
  members: MemberListItem[];
  loading: boolean;
}

/** A member's name as the link to their profile (the row opens it too; the link is what keyboards reach). */
function NameLink({ member }: { member: MemberListItem }) {
  return (
    <Link to="/members/$memberId" params={{ memberId: member.id }} className="strong break-anywhere">
      {member.fullName}
    </Link>
  );
}

/**
 * The found members: a table on wide screens, one card per member on phones. Rows of cell-mates seen only in
 * summary carry no birth date or phone: those cells stay empty.
 */
export function MemberResults({ members, loading }: MemberResultsProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const navigate = useNavigate();

  if (isPhone) {
    if (loading) return <Skeleton active title={false} paragraph={{ rows: 6 }} />;
    if (members.length === 0) return <Empty description={t('members.empty')} />;
    return (
      <ul className="plain-list">
        {members.map((member) => (
          <li key={member.id} className="list-card">
            <NameLink member={member} />
            <div className="break-anywhere">{member.unitName}</div>
            <div className="list-card-row">
              <MemberStatusTag status={member.status} />
              {member.birthDate ? (
                <span>
                  <span className="muted">{t('memberForm.fields.birthDate')}:</span>{' '}
                  {formatDate(member.birthDate)}
                </span>
              ) : null}
              {member.phone ? (
                <span>
                  <span className="muted">{t('memberForm.fields.phone')}:</span>{' '}
                  <a href={`tel:${member.phone.replace(/[^\d+]/g, '')}`}>{member.phone}</a>
                </span>
              ) : null}
            </div>
            <PositionList positions={member.positions} />
          </li>
        ))}
      </ul>
    );
  }

  const columns: TableColumnsType<MemberListItem> = [
    {
      key: 'name',
      width: 180,
      title: t('members.columns.name'),
      render: (_, member) => <NameLink member={member} />,
    },
    {
      key: 'unit',
      title: t('members.columns.unit'),
      render: (_, member) => <span className="cell-text">{member.unitName}</span>,
    },
    {
      key: 'status',
      width: 170,
      title: t('members.columns.status'),
      render: (_, member) => <MemberStatusTag status={member.status} />,
    },
    {
      key: 'birthDate',
      width: 110,
      title: t('members.columns.birthDate'),
      render: (_, member) =>
        member.birthDate ? <span className="nowrap">{formatDate(member.birthDate)}</span> : null,
    },
    {
      key: 'phone',
      title: t('members.columns.phone'),
      render: (_, member) => (member.phone ? <span className="nowrap">{member.phone}</span> : null),
    },
    {
      key: 'positions',
      title: t('members.columns.positions'),
      render: (_, member) => <PositionList positions={member.positions} />,
    },
  ];

  return (
    <Table<MemberListItem>
      rowKey="id"
      columns={columns}
      dataSource={members}
      loading={loading}
      pagination={false}
      scroll={{ x: 900 }}
      size="middle"
      locale={{ emptyText: t('members.empty') }}
      rowClassName="clickable-row"
      onRow={(member) => ({
        onClick: (event) => {
          // Clicks on the name link (or any link) navigate by themselves.
          if ((event.target as HTMLElement).closest('a')) return;
          void navigate({ to: '/members/$memberId', params: { memberId: member.id } });
        },
      })}
    />
  );
}
