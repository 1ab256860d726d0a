import { BarChartOutlined, ClearOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Collapse } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { ButtonLink } from '../../components/ButtonLink';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { ExportButton } from '../exchange/ExportButton';
import {
  canSeeStatistics,
  canWriteMembers,
  defaultUnitFor,
  facetsQuery,
  type MemberSearch,
  membersQuery,
} from './api';
import { MemberFilters } from './MemberFilters';
import { MemberFormModal } from './MemberFormModal';
import { MemberResults } from './MemberResults';
import { activeFilters, hasFilters } from './search';
import './members.css';

export function MembersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch({ from: '/app/members' });
  const navigate = useNavigate({ from: '/members' });
  const filters = activeFilters(search);
  const list = useInfiniteQuery(membersQuery(filters));
  const facets = useQuery(facetsQuery(filters));
  const members = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const [searchText, setSearchText] = useState(search.q ?? '');
  const [creating, setCreating] = useState(false);

  useEffect(() => setSearchText(search.q ?? ''), [search.q]);

  const isPhone = useIsPhone();
  const filterCount = Object.keys(activeFilters({ ...search, q: undefined, unitId: undefined })).length;

  const update = (patch: Partial<MemberSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });

  const filterSelects = <MemberFilters search={search} facets={facets.data} onChange={update} />;

  const statisticsHref = `/members/statistics${search.unitId ? `?unitId=${encodeURIComponent(search.unitId)}` : ''}`;

  return (
    <>
      <PageHeader
        title={t('members.title')}
        intro={t('members.intro')}
        extra={
          <>
            {canSeeStatistics(me) ? (
              <ButtonLink href={statisticsHref} icon={<BarChartOutlined aria-hidden />}>
                {t('members.statistics')}
              </ButtonLink>
            ) : null}
            {canSeeStatistics(me) ? <ExportButton search={filters} /> : null}
            {canWriteMembers(me) ? (
              <ButtonLink
                href={`/members/import${search.unitId ? `?unitId=${encodeURIComponent(search.unitId)}` : ''}`}
                icon={<UploadOutlined aria-hidden />}
              >
                {t('exchange.import.button')}
              </ButtonLink>
            ) : null}
            {canWriteMembers(me) ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('members.add')}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="stack">
        <Card>
          <search className="member-search">
            <SearchBox
              id="member-search"
              label={t('members.searchLabel')}
              help={t('members.searchHelp')}
              placeholder={t('members.searchPlaceholder')}
              value={searchText}
              onChange={setSearchText}
              onSearch={(q) => update({ q })}
            />
            <div className="member-search-unit">
              <label htmlFor="member-unit" className="field-label">
                {t('members.unitFilter')}
              </label>
              <UnitTreeSelect
                id="member-unit"
                value={search.unitId}
                onChange={(unitId) => update({ unitId })}
                placeholder={t('members.allUnits')}
              />
            </div>
            {isPhone ? (
              <Collapse
                className="member-filters-collapse"
                defaultActiveKey={filterCount > 0 ? ['filters'] : []}
                items={[
                  {
                    key: 'filters',
                    label:
                      filterCount > 0 ? t('members.filtersActive', { n: filterCount }) : t('members.filters'),
                    children: filterSelects,
                  },
                ]}
              />
            ) : (
              filterSelects
            )}
            {hasFilters(search) ? (
              <Button
                icon={<ClearOutlined aria-hidden />}
                onClick={() => {
                  setSearchText('');
                  void navigate({ search: {}, replace: true });
                }}
              >
                {t('members.clearFilters')}
              </Button>
            ) : null}
          </search>
        </Card>
        <Card
          title={
            <h2 className="card-title" aria-live="polite">
              {list.isPending ? t('members.loading') : t('members.found', { n: formatNumber(total) })}
            </h2>
          }
        >
          {list.error ? (
            <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />
          ) : null}
          <MemberResults members={members} loading={list.isPending} />
          <LoadMoreFooter shown={members.length} total={total} list={list} />
        </Card>
      </div>
      <MemberFormModal
        open={creating}
        member={null}
        defaultUnitId={defaultUnitFor(me, search.unitId)}
        onClose={() => setCreating(false)}
        onSaved={(saved) => {
          setCreating(false);
          void navigate({ to: '/members/$memberId', params: { memberId: saved.id } });
        }}
      />
    </>
  );
}
