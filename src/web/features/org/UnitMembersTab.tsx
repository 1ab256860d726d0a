import { BarChartOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberListItem } from '../../../contracts/members';
import { apiGet } from '../../app/api';
import { hasModule, useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { formatNumber } from '../../app/format';
import type { Page } from '../../app/types';
import { ButtonLink } from '../../components/ButtonLink';
import { ExemptedTag } from '../lifecycle/ExemptedTag';
import type { Unit } from './api';

const PREVIEW = 10;

/** The first members of the unit's subtree (in Vietnamese name order), to see at a glance who is there. */
const previewQuery = (unitId: string) => ({
  queryKey: ['members', 'unit-preview', unitId] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    apiGet<Page<MemberListItem>>('/api/members', { unitId, limit: PREVIEW }, signal),
});

type CountKey = 'official' | 'probationary' | 'exempted' | 'candidate';
const countKeys: readonly CountKey[] = ['official', 'probationary', 'exempted', 'candidate'];

/** The members of the unit and its sub-units: counts by status and the way to the member list. */
export function UnitMembersTab({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const me = useMe();
  const mayList = hasModule(me, 'members');
  const preview = useQuery({ ...previewQuery(unit.id), enabled: mayList });
  const listHref = `/members?unitId=${encodeURIComponent(unit.id)}`;

  return (
    <div className="stack">
      <table className="diff-table" style={{ maxWidth: 480 }}>
        <caption className="visually-hidden">{t('org.membersByStatus')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('org.memberStatusHead')}</th>
            <th scope="col" style={{ textAlign: 'right' }}>
              {t('org.memberCountHead')}
            </th>
          </tr>
        </thead>
        <tbody>
          {countKeys.map((key) => (
            <tr key={key}>
              <th scope="row" style={{ fontWeight: 400, background: 'transparent' }}>
                {mayList ? (
                  <Link to="/members" search={{ unitId: unit.id, status: key }}>
                    {t(`org.statusCounts.${key}`)}
                  </Link>
                ) : (
                  t(`org.statusCounts.${key}`)
                )}
              </th>
              <td style={{ textAlign: 'right' }}>{formatNumber(unit.counts[key])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('org.statusCounts.total')}</th>
            <td style={{ textAlign: 'right' }}>
              <strong>{formatNumber(unit.counts.total)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      {mayList ? (
        <>
          <div className="page-header-extra">
            <ButtonLink type="primary" icon={<TeamOutlined aria-hidden />} href={listHref}>
              {t('org.openMemberList')}
            </ButtonLink>
            <ButtonLink
              icon={<BarChartOutlined aria-hidden />}
              href={`/members/statistics?unitId=${encodeURIComponent(unit.id)}`}
            >
              {t('org.openStatistics')}
            </ButtonLink>
            {unit.canEdit && !unit.dissolvedOn ? (
              <ButtonLink
                icon={<UploadOutlined aria-hidden />}
                href={`/members/import?unitId=${encodeURIComponent(unit.id)}`}
              >
                {t('exchange.import.button')}
              </ButtonLink>
            ) : null}
          </div>
          <section aria-labelledby="unit-members-preview">
            <h3 id="unit-members-preview" className="section-title">
              {t('org.membersPreview')}
            </h3>
            {preview.isPending ? (
              <Skeleton active title={false} paragraph={{ rows: 4 }} />
            ) : preview.error ? (
              <Alert type="error" showIcon title={errorText(preview.error)} />
            ) : preview.data.items.length === 0 ? (
              <Empty description={t('org.noMembers')} />
            ) : (
              <>
                <ul className="plain-list">
                  {preview.data.items.map((member) => (
                    <li key={member.id} className="list-card">
                      <Link
                        to="/members/$memberId"
                        params={{ memberId: member.id }}
                        className="strong break-anywhere"
                      >
                        {member.fullName}
                      </Link>
                      <ExemptedTag status={member.status} />
                      {member.unitId !== unit.id ? (
                        <span className="muted break-anywhere">{member.unitName}</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
                {preview.data.total > preview.data.items.length ? (
                  <p className="muted">
                    {t('common.shown', {
                      shown: formatNumber(preview.data.items.length),
                      total: formatNumber(preview.data.total),
                    })}{' '}
                    —{' '}
                    <Link to="/members" search={{ unitId: unit.id }} style={{ textDecoration: 'underline' }}>
                      {t('org.seeAllMembers')}
                    </Link>
                  </p>
                ) : null}
              </>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
