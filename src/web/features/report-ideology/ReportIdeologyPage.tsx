import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Select, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportThemeStatuses } from '../../../contracts/report-themes';
import type { Role } from '../../../contracts/roles';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { vnToday } from '../meetings/time';
import { overviewQuery, type ReportTheme, type ReportThemeStatus, type ThemeOverviewRow } from './api';
import { defaultRange, type MonthRange, rangeDates } from './range';
import { ThemeDrawer } from './ThemeDrawer';
import { type ThemeEdit, ThemeModal } from './ThemeModal';
import { ThemesTable } from './ThemesTable';
import './report-ideology.css';

/** Roles that follow a committee's themes; a cell's secretary sees the own cell's opinions. */
const overviewRoles: readonly Role[] = ['admin', 'committee', 'inspector', 'viewer', 'cell_secretary'];
const writerRoles: readonly Role[] = ['admin', 'committee'];
const MONTH_FORMAT = 'MM/YYYY';

/**
 * "Tình hình tư tưởng, dư luận xã hội": the themes the units' monthly reports raised, recurring ones first,
 * each opened to read what was said and to record how the committee handles it.
 */
export function ReportIdeologyPage() {
  const { t } = useTranslation();
  const me = useMe();
  const firstGrant = overviewRoles.map((role) => me.roles.find((g) => g.role === role)).find(Boolean);
  const [unitId, setUnitId] = useState<string | undefined>(firstGrant?.unitId);
  const [range, setRange] = useState<MonthRange>(() => defaultRange(vnToday()));
  const [status, setStatus] = useState<ReportThemeStatus | undefined>();
  const [openId, setOpenId] = useState<string | null>(null);
  const [saved, setSaved] = useState<ThemeOverviewRow | null>(null);
  const [edit, setEdit] = useState<ThemeEdit | null>(null);
  const dates = rangeDates(range);
  const overview = useQuery({
    ...overviewQuery({ unitId: unitId ?? '', ...dates, status }),
    enabled: !!unitId,
  });
  const items = overview.data?.items ?? [];
  // The drawer follows the fresh row; a theme the status filter now hides keeps its last known state.
  const open = useMemo(
    () => (openId ? (items.find((i) => i.id === openId) ?? (saved?.id === openId ? saved : null)) : null),
    [openId, items, saved],
  );
  const unitName = me.roles.find((g) => g.unitId === unitId)?.unitName;
  const mayAdd = me.roles.some((g) => writerRoles.includes(g.role));
  const title = t('reportIdeology.title');
  const remember = (theme: ReportTheme) =>
    setSaved((prev) => {
      const base = items.find((i) => i.id === theme.id) ?? (prev?.id === theme.id ? prev : null);
      return base ? { ...base, ...theme } : prev;
    });

  return (
    <>
      <PageHeader
        title={title}
        intro={t('reportIdeology.intro')}
        extra={
          mayAdd && unitId ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setEdit({ kind: 'create', ownerUnitId: unitId, ownerName: unitName })}
            >
              {t('reportIdeology.theme.add')}
            </Button>
          ) : null
        }
      />
      <Card title={<h2 className="card-title">{t('reportIdeology.table.title')}</h2>}>
        <div className="stack">
          <div className="ideology-filters">
            <Form.Item
              label={t('reportIdeology.filters.unit')}
              htmlFor="ideology-unit"
              className="ideology-filter"
            >
              <UnitTreeSelect id="ideology-unit" value={unitId} onChange={setUnitId} knownName={unitName} />
            </Form.Item>
            <Form.Item
              label={t('reportIdeology.filters.from')}
              htmlFor="ideology-from"
              className="ideology-filter-month"
            >
              <DatePicker
                id="ideology-from"
                picker="month"
                format={MONTH_FORMAT}
                allowClear={false}
                value={range.from}
                onChange={(d) => d && setRange((r) => ({ ...r, from: d }))}
              />
            </Form.Item>
            <Form.Item
              label={t('reportIdeology.filters.to')}
              htmlFor="ideology-to"
              className="ideology-filter-month"
            >
              <DatePicker
                id="ideology-to"
                picker="month"
                format={MONTH_FORMAT}
                allowClear={false}
                value={range.to}
                onChange={(d) => d && setRange((r) => ({ ...r, to: d }))}
              />
            </Form.Item>
            <Form.Item
              label={t('reportIdeology.filters.status')}
              htmlFor="ideology-status"
              className="ideology-filter"
            >
              <Select<ReportThemeStatus | 'all'>
                id="ideology-status"
                value={status ?? 'all'}
                onChange={(v) => setStatus(v === 'all' ? undefined : v)}
                options={[
                  { value: 'all', label: t('reportIdeology.filters.allStatuses') },
                  ...reportThemeStatuses.map((s) => ({ value: s, label: t(`reportIdeology.status.${s}`) })),
                ]}
              />
            </Form.Item>
          </div>
          {!unitId ? (
            <Alert type="info" showIcon title={t('reportIdeology.filters.pickUnit')} />
          ) : overview.isPending ? (
            <Skeleton active title={false} paragraph={{ rows: 6 }} />
          ) : overview.error ? (
            <Alert type="error" showIcon title={errorText(overview.error)} />
          ) : (
            <ThemesTable
              items={items}
              unitId={unitId}
              caption={title}
              onOpen={(theme) => setOpenId(theme.id)}
            />
          )}
        </div>
      </Card>
      <ThemeDrawer
        theme={open}
        filter={{ unitId: unitId ?? '', ...dates }}
        onClose={() => setOpenId(null)}
        onEdit={(theme) => setEdit({ kind: 'edit', theme })}
        onSaved={remember}
      />
      <ThemeModal edit={edit} onClose={() => setEdit(null)} onSaved={remember} />
    </>
  );
}
