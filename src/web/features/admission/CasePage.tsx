import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { Alert, Card, Descriptions, Spin, Timeline } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { StatusText } from '../../components/StatusText';
import { type AdmissionCase, caseQuery } from './api';
import { DueText } from './DueText';
import { useAdmissionLabels } from './labels';
import { StepForm } from './StepForm';

interface Item {
  key: string;
  title: string;
  date: string | null;
  detail?: ReactNode;
  /** Deadline of a step not yet done. */
  due?: string | null;
}

function timelineOf(c: AdmissionCase, t: TFunction): Item[] {
  const p = c.progress;
  return [
    { key: 'nominated', title: t('admission.steps.nominated'), date: c.nominatedOn },
    {
      key: 'course',
      title: t('admission.steps.course'),
      date: c.courseDate,
      detail: c.courseCertificate ? t('admission.detail.certificate', { n: c.courseCertificate }) : null,
    },
    {
      key: 'introducers',
      title: t('admission.steps.introducers'),
      date: c.introducersOn,
      detail: c.introducers.length
        ? [
            ...c.introducers.map((i) =>
              t('admission.detail.introducer', { name: i.fullName, since: formatDate(i.knownSince) }),
            ),
            ...(c.youthUnionIntroduced ? [t('admission.detail.youthUnion')] : []),
          ].join('; ')
        : null,
    },
    {
      key: 'verification',
      title: t('admission.steps.verification'),
      date: c.verificationDate,
      detail: c.verificationResult ? t(`admission.verification.${c.verificationResult}`) : null,
    },
    {
      key: 'cell_vote',
      title: t('admission.steps.cell_vote'),
      date: c.cellVoteDate,
      detail:
        c.cellVoteResult !== null
          ? t(`admission.detail.vote_${c.cellVoteResult}`, { for: c.votesFor, total: c.votesTotal })
          : null,
    },
    {
      key: 'decision',
      title: t('admission.steps.decision'),
      date: c.decisionDate,
      detail: c.decisionNumber ? t('admission.detail.decision', { n: c.decisionNumber }) : null,
    },
    { key: 'ceremony', title: t('admission.steps.ceremony'), date: c.ceremonyDate, due: p.ceremonyDueOn },
    {
      key: 'probation',
      title: t('admission.steps.probationEnds'),
      date: p.probationEndsOn && c.officialVoteDate ? p.probationEndsOn : null,
      detail: p.probationEndsOn
        ? t('admission.detail.probation', { date: formatDate(p.probationEndsOn) })
        : null,
    },
    {
      key: 'official_vote',
      title: t('admission.steps.official_vote'),
      date: c.officialVoteDate,
      due: p.officialVoteDueOn,
      detail: c.officialVoteResult
        ? t(`admission.detail.official_${c.officialVoteResult}`, { date: formatDate(c.officialDate) })
        : null,
    },
    ...(c.closedOn
      ? [
          {
            key: 'close',
            title: t('admission.steps.close'),
            date: c.closedOn,
            detail: c.closedReason === 'cell_vote_failed' ? t('admission.detail.voteFailed') : c.closedReason,
          },
        ]
      : []),
  ];
}

/** One case: who, the steps as a timeline, what is due next, and the form for it. */
export function CasePage() {
  const { t } = useTranslation();
  const { caseId } = useParams({ from: '/app/admission/cases/$caseId' });
  const query = useQuery(caseQuery(caseId));
  const labels = useAdmissionLabels();
  const c = query.data;

  if (query.isPending) return <Spin />;
  if (query.isError || !c) return <Alert type="error" showIcon title={errorText(query.error)} />;

  const items = timelineOf(c, t);
  const nextKey = c.progress.next;
  return (
    <>
      <PageHeader
        title={c.fullName}
        intro={t('admission.caseIntro', { unit: c.unitName, stage: labels.stage(c.progress.stage) })}
        extra={<ButtonLink href="/admission">{t('admission.backToBoard')}</ButtonLink>}
      />
      <Card>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('admission.fields.birthDate')}>
            {formatDate(c.birthDate)}
          </Descriptions.Item>
          <Descriptions.Item label={t('admission.fields.generalEducation')}>
            {c.generalEducation ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('admission.fields.job')}>{c.job ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('admission.fields.unitId')}>{c.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('admission.nextStep')}>
            {nextKey ? labels.step(nextKey) : labels.stage(c.progress.stage)}
          </Descriptions.Item>
          <Descriptions.Item label={t('admission.columns.due')}>
            <DueText progress={c.progress} />
          </Descriptions.Item>
        </Descriptions>
        <p className="muted">{t('admission.citation', { citation: c.citation })}</p>
      </Card>
      <div className="admission-case-grid">
        <Card title={<h2 className="card-title">{t('admission.timeline')}</h2>} style={{ marginTop: 16 }}>
          <Timeline
            items={items.map((item) => ({
              key: item.key,
              color: item.date
                ? 'green'
                : item.key === nextKey
                  ? c.progress.overdue
                    ? 'red'
                    : 'blue'
                  : 'gray',
              children: (
                <div>
                  <strong>{item.title}</strong>
                  {': '}
                  {item.date ? (
                    formatDate(item.date)
                  ) : item.key === nextKey && c.progress.overdue ? (
                    <StatusText tone="bad">{t('admission.notYetOverdue')}</StatusText>
                  ) : (
                    t('admission.notYet')
                  )}
                  {item.detail ? <div>{item.detail}</div> : null}
                  {!item.date && item.due ? (
                    <div>{t('admission.dueBy', { date: formatDate(item.due) })}</div>
                  ) : null}
                  {item.date && item.due && item.date > item.due ? (
                    <StatusText tone="warn">
                      {t('admission.doneLate', { date: formatDate(item.due) })}
                    </StatusText>
                  ) : null}
                </div>
              ),
            }))}
          />
        </Card>
        {c.canEdit && c.open ? (
          <Card title={<h2 className="card-title">{t('admission.recordStep')}</h2>} style={{ marginTop: 16 }}>
            <StepForm key={`${c.id}-${c.version}`} c={c} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
