import './org.css';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Row, Skeleton, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../app/format';
import type { OrgSearch } from '../../app/router';
import { useIsPhone } from '../../app/useMediaQuery';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { ancestorsQuery, unitQuery } from './api';
import { OrgTree } from './OrgTree';
import { UnitActions } from './UnitActions';
import { UnitBreadcrumb } from './UnitBreadcrumb';
import { UnitCounts, UnitFlags } from './UnitFacts';

/** The organisation tree navigator: the tree (today's or as of a date) and a summary of the selected unit. */
export function OrgPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/org' });
  const navigate = useNavigate({ from: '/org' });
  const isPhone = useIsPhone();
  const detailRef = useRef<HTMLDivElement>(null);
  const view = { asOf: search.asOf, includeDissolved: search.dissolved === true };

  const setSearch = (patch: Partial<OrgSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });

  /** Shows a unit; on phones the detail (below the tree) is scrolled into view unless `reveal` is false. */
  const select = (id: string | undefined, reveal = true) => {
    setSearch({ unit: id });
    if (id && isPhone && reveal) {
      requestAnimationFrame(() => detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
    }
  };

  return (
    <>
      <PageHeader title={t('org.title')} intro={t('org.intro')} />
      {search.asOf ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('org.asOfBanner', { date: formatDate(search.asOf) })}
          description={t('org.asOfBannerHelp')}
          action={<Button onClick={() => setSearch({ asOf: undefined })}>{t('org.backToToday')}</Button>}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={<h2 className="card-title">{t('org.treeTitle')}</h2>} className="org-tree-card">
            <TreeToolbar
              asOf={search.asOf}
              dissolved={search.dissolved === true}
              onChange={(patch) => setSearch(patch)}
            />
            <OrgTree view={view} selectedId={search.unit} onSelect={select} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <div ref={detailRef}>
            {search.unit ? (
              <UnitSummary unitId={search.unit} onSelect={select} />
            ) : (
              <Card>
                <Typography.Paragraph className="muted">{t('org.selectHint')}</Typography.Paragraph>
              </Card>
            )}
          </div>
        </Col>
      </Row>
    </>
  );
}

interface ToolbarProps {
  asOf?: string;
  dissolved: boolean;
  onChange: (patch: Partial<OrgSearch>) => void;
}

function TreeToolbar({ asOf, dissolved, onChange }: ToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="tree-toolbar">
      <div className="tree-toolbar-field">
        <label htmlFor="org-as-of" className="field-label">
          {t('org.asOf')}
        </label>
        <DatePicker
          id="org-as-of"
          format={DATE_FORMAT}
          placeholder={t('org.asOfPlaceholder')}
          value={asOf ? dayjs(asOf) : null}
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          onChange={(value) => onChange({ asOf: toIsoDate(value) })}
          allowClear
          style={{ width: '100%' }}
        />
      </div>
      <label className="switch-row" htmlFor="org-dissolved">
        <Switch
          id="org-dissolved"
          checked={dissolved}
          onChange={(checked) => onChange({ dissolved: checked ? true : undefined })}
        />
        <span>{t('org.showDissolved')}</span>
      </label>
    </div>
  );
}

/** The selected unit in brief, with its actions and the way to its full page. */
function UnitSummary({ unitId, onSelect }: { unitId: string; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const unit = useQuery(unitQuery(unitId));
  const ancestors = useQuery(ancestorsQuery(unitId));
  const isPhone = useIsPhone();

  if (unit.isPending) {
    return (
      <Card>
        <Skeleton active title={false} paragraph={{ rows: 5 }} />
      </Card>
    );
  }
  if (unit.error) {
    return (
      <Card>
        <Alert type="error" showIcon title={t('org.notFound')} description={errorText(unit.error)} />
      </Card>
    );
  }

  const data = unit.data;
  const chain = ancestors.data ?? [];
  return (
    <Card title={<h2 className="card-title break-anywhere">{data.name}</h2>}>
      <div className="stack">
        <UnitBreadcrumb ancestors={chain} onSelect={onSelect} />
        <Descriptions
          column={1}
          bordered
          layout={isPhone ? 'vertical' : 'horizontal'}
          size="small"
          items={[
            { key: 'kind', label: t('org.kind'), children: t(`unitKinds.${data.kind}`) },
            { key: 'code', label: t('org.code'), children: <span className="mono">{data.code}</span> },
            { key: 'parent', label: t('org.path'), children: chain.at(-1)?.name ?? t('org.root') },
            { key: 'founded', label: t('org.foundedOn'), children: formatDate(data.foundedOn) },
            { key: 'members', label: t('org.members'), children: <UnitCounts unit={data} /> },
            {
              key: 'flags',
              label: t('org.flagsLabel'),
              children: <UnitFlags unit={data} emptyText={t('org.noFlags')} />,
            },
          ]}
        />
        <div className="page-header-extra">
          <ButtonLink
            type="primary"
            icon={<ArrowRightOutlined aria-hidden />}
            href={`/org/units/${encodeURIComponent(data.id)}`}
          >
            {t('org.openUnitPage')}
          </ButtonLink>
        </div>
        {!data.canEdit ? (
          <Typography.Paragraph className="muted">{t('org.readOnly')}</Typography.Paragraph>
        ) : null}
        <UnitActions unit={data} onCreated={(created) => onSelect(created.id)} />
      </div>
    </Card>
  );
}
