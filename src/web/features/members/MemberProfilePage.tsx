import {
  ArrowLeftOutlined,
  EditOutlined,
  ExportOutlined,
  SwapOutlined,
  TagOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { Alert, Button, Card, Descriptions, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasModule, useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { useIsPhone } from '../../app/useMediaQuery';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { MemberSourcesSection } from '../exchange/MemberSourcesSection';
import { DecisionButtons, LifecycleSection } from '../lifecycle/LifecycleSection';
import { MemberTransfersSection } from '../transfers/MemberTransfersSection';
import { StartTransferModal } from '../transfers/TransferModals';
import { type Member, type MemberView, memberQuery } from './api';
import { MoveMemberModal, StatusEventModal } from './DatedActionModals';
import { MemberStatusTag, PositionList, UnitLink } from './MemberBits';
import { MemberDetails } from './MemberDetails';
import { MemberFormModal } from './MemberFormModal';
import { MemberHistorySection } from './MemberHistorySection';
import './members.css';

export function MemberProfilePage() {
  const { t } = useTranslation();
  const { memberId } = useParams({ from: '/app/members/$memberId' });
  const member = useQuery(memberQuery(memberId));

  if (member.isPending) {
    return (
      <>
        <PageHeader title={t('members.profileTitle')} />
        <Card>
          <Skeleton active title={false} paragraph={{ rows: 8 }} />
        </Card>
      </>
    );
  }
  if (member.error) {
    return (
      <>
        <PageHeader title={t('members.profileTitle')} extra={<BackToList />} />
        <Alert type="error" showIcon title={t('members.notFound')} description={errorText(member.error)} />
      </>
    );
  }
  return member.data.visibility === 'full' ? (
    <FullProfile member={member.data} />
  ) : (
    <SummaryProfile member={member.data} />
  );
}

function BackToList() {
  const { t } = useTranslation();
  return (
    <ButtonLink href="/members" icon={<ArrowLeftOutlined aria-hidden />}>
      {t('members.backToList')}
    </ButtonLink>
  );
}

/** A cell-mate seen without a broader role: name, unit and offices only. */
function SummaryProfile({ member }: { member: Extract<MemberView, { visibility: 'summary' }> }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <>
      <PageHeader title={member.fullName} extra={<BackToList />} />
      <Card>
        <Descriptions
          column={1}
          bordered
          size="small"
          layout={isPhone ? 'vertical' : 'horizontal'}
          items={[
            { key: 'name', label: t('memberForm.fields.fullName'), children: member.fullName },
            {
              key: 'unit',
              label: t('memberForm.fields.unitId'),
              children: <UnitLink unitId={member.unitId} name={member.unitName} />,
            },
            {
              key: 'positions',
              label: t('members.columns.positions'),
              children:
                member.positions.length > 0 ? (
                  <PositionList positions={member.positions} />
                ) : (
                  <span className="muted">{t('members.noPositions')}</span>
                ),
            },
          ]}
        />
        <Typography.Paragraph className="muted" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('members.summaryNote')}
        </Typography.Paragraph>
      </Card>
    </>
  );
}

type Dialog = 'edit' | 'status' | 'move' | 'transfer' | null;

function FullProfile({ member }: { member: Member }) {
  const { t } = useTranslation();
  const me = useMe();
  const [dialog, setDialog] = useState<Dialog>(null);

  return (
    <>
      <PageHeader
        title={member.fullName}
        intro={
          <span className="profile-intro">
            <MemberStatusTag status={member.status} />
            <span>
              <UnitLink unitId={member.unitId} name={member.unitName} />
            </span>
          </span>
        }
        extra={<BackToList />}
      />
      <div className="stack">
        {member.canEdit ? (
          <div className="form-actions">
            <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setDialog('edit')}>
              {t('members.edit')}
            </Button>
            <Button icon={<TagOutlined aria-hidden />} onClick={() => setDialog('status')}>
              {t('members.changeStatus')}
            </Button>
            <Button icon={<SwapOutlined aria-hidden />} onClick={() => setDialog('move')}>
              {t('members.move')}
            </Button>
            {hasModule(me, 'transfers') &&
            ['probationary', 'official', 'exempted'].includes(member.status) ? (
              <Button icon={<ExportOutlined aria-hidden />} onClick={() => setDialog('transfer')}>
                {t('transfers.startAction')}
              </Button>
            ) : null}
            <DecisionButtons member={member} />
            {hasModule(me, 'admin.audit') ? (
              <ButtonLink href={`/admin/audit?entity=member&entityId=${encodeURIComponent(member.id)}`}>
                {t('members.viewAudit')}
              </ButtonLink>
            ) : null}
          </div>
        ) : (
          <Typography.Paragraph className="muted">{t('members.readOnly')}</Typography.Paragraph>
        )}
        {hasModule(me, 'transfers') ? <MemberTransfersSection memberId={member.id} /> : null}
        <MemberDetails member={member} />
        <MemberSourcesSection memberId={member.id} />
        <LifecycleSection member={member} />
        <MemberHistorySection memberId={member.id} />
      </div>
      <MemberFormModal
        open={dialog === 'edit'}
        member={member}
        onClose={() => setDialog(null)}
        onSaved={() => setDialog(null)}
      />
      <StatusEventModal member={member} open={dialog === 'status'} onClose={() => setDialog(null)} />
      <MoveMemberModal member={member} open={dialog === 'move'} onClose={() => setDialog(null)} />
      <StartTransferModal member={member} open={dialog === 'transfer'} onClose={() => setDialog(null)} />
    </>
  );
}
