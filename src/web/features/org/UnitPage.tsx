import './org.css';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Alert, Card, Descriptions, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDate, formatNumber } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { PageHeader } from '../../components/PageHeader';
import { StatusText } from '../../components/StatusText';
import { ancestorsQuery, isGone, type Unit, unitQuery } from './api';
import { UnitActions } from './UnitActions';
import { UnitBreadcrumb } from './UnitBreadcrumb';
import { UnitCounts, UnitFlags } from './UnitFacts';
import { UnitSections } from './UnitSections';

/** One unit: where it sits, its facts and warnings, and tabs for its offices, sub-units, members and history. */
export function UnitPage() {
  const { t } = useTranslation();
  const { unitId } = useParams({ from: '/app/org/units/$unitId' });
  const { tab = 'offices' } = useSearch({ from: '/app/org/units/$unitId' });
  const navigate = useNavigate({ from: '/org/units/$unitId' });
  const unit = useQuery(unitQuery(unitId));
  const ancestors = useQuery(ancestorsQuery(unitId));

  if (unit.isPending) {
    return (
      <>
        <PageHeader title={t('org.unitPage')} />
        <Card>
          <Skeleton active title={false} paragraph={{ rows: 8 }} />
        </Card>
      </>
    );
  }
  if (unit.error) {
    return (
      <>
        <PageHeader title={t('org.unitPage')} />
        <Alert type="error" showIcon title={t('org.notFound')} description={errorText(unit.error)} />
        <p>
          <Link to="/org">{t('org.backToTree')}</Link>
        </p>
      </>
    );
  }

  const data = unit.data;
  return (
    <>
      <div style={{ marginBottom: 8 }}>
        <UnitBreadcrumb ancestors={ancestors.data ?? []} current={data.name} />
      </div>
      <PageHeader
        title={data.name}
        intro={`${t(`unitKinds.${data.kind}`)} · ${t('org.code')} ${data.code}`}
      />
      <div className="stack">
        <GoneNotice unit={data} />
        <UnitFactsCard unit={data} parentName={ancestors.data?.at(-1)?.name} />
        <Card>
          <UnitSections
            unit={data}
            tab={tab}
            onChange={(next) =>
              void navigate({ search: { tab: next === 'offices' ? undefined : next }, replace: true })
            }
          />
        </Card>
      </div>
    </>
  );
}

/** A dissolved or merged unit says so first, with a way to its successor. */
function GoneNotice({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const successor = useQuery({ ...unitQuery(unit.successorId ?? ''), enabled: unit.successorId !== null });
  if (!isGone(unit)) return null;
  const date = formatDate(unit.dissolvedOn);
  return (
    <Alert
      type="warning"
      showIcon
      title={unit.successorId ? t('org.mergedNotice', { date }) : t('org.dissolvedNotice', { date })}
      description={
        unit.successorId ? (
          <Link to="/org/units/$unitId" params={{ unitId: unit.successorId }}>
            {t('org.openSuccessor', { name: successor.data?.name ?? t('org.successorUnit') })}
          </Link>
        ) : undefined
      }
    />
  );
}

function UnitFactsCard({ unit, parentName }: { unit: Unit; parentName?: string }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { counts } = unit;
  return (
    <Card title={<h2 className="card-title">{t('org.facts')}</h2>}>
      <div className="stack">
        <Descriptions
          column={{ xs: 1, sm: 1, md: 1, lg: 2, xl: 2, xxl: 2 }}
          styles={{ label: { minWidth: 130 } }}
          bordered
          layout={isPhone ? 'vertical' : 'horizontal'}
          size="small"
          items={[
            { key: 'kind', label: t('org.kind'), children: t(`unitKinds.${unit.kind}`) },
            { key: 'code', label: t('org.code'), children: <span className="mono">{unit.code}</span> },
            {
              key: 'parent',
              label: t('org.path'),
              // A parent outside the user's scope is neither named nor linked (it could not be opened).
              children:
                unit.parentId && parentName ? (
                  <Link to="/org/units/$unitId" params={{ unitId: unit.parentId }}>
                    {parentName}
                  </Link>
                ) : (
                  t('org.root')
                ),
            },
            { key: 'founded', label: t('org.foundedOn'), children: formatDate(unit.foundedOn) },
            {
              key: 'state',
              label: t('org.state'),
              children: isGone(unit) ? (
                <StatusText tone="off">
                  {unit.successorId
                    ? t('org.mergedOn', { date: formatDate(unit.dissolvedOn) })
                    : t('org.dissolvedOn', { date: formatDate(unit.dissolvedOn) })}
                </StatusText>
              ) : (
                <StatusText tone="ok">{t('org.active')}</StatusText>
              ),
            },
            { key: 'children', label: t('org.childCount'), children: formatNumber(unit.childCount) },
            { key: 'members', label: t('org.members'), children: <UnitCounts unit={unit} /> },
            {
              key: 'others',
              label: t('org.otherMembers'),
              children: t('org.otherCounts', {
                exempted: formatNumber(counts.exempted),
                candidate: formatNumber(counts.candidate),
              }),
            },
            {
              key: 'flags',
              label: t('org.flagsLabel'),
              span: 'filled',
              children: <UnitFlags unit={unit} emptyText={t('org.noFlags')} />,
            },
          ]}
        />
        {!unit.canEdit && !isGone(unit) ? (
          <Typography.Paragraph className="muted" style={{ margin: 0 }}>
            {t('org.readOnly')}
          </Typography.Paragraph>
        ) : null}
        <UnitActionsHere unit={unit} />
      </div>
    </Card>
  );
}

function UnitActionsHere({ unit }: { unit: Unit }) {
  const navigate = useNavigate();
  return (
    <UnitActions
      unit={unit}
      onCreated={(created) => void navigate({ to: '/org/units/$unitId', params: { unitId: created.id } })}
    />
  );
}
