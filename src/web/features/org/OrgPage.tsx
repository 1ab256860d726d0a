import { AuditOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { TreeDataNode } from 'antd';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Row,
  Skeleton,
  Tree,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasModule, useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { ancestorsQuery, childKindsOf, childUnitsQuery, rootUnitsQuery, type Unit, unitQuery } from './api';
import { UnitCreateModal, UnitEditModal } from './UnitModals';

export function OrgPage() {
  const { t } = useTranslation();
  const { unit: selectedId } = useSearch({ from: '/app/org' });
  const navigate = useNavigate({ from: '/org' });
  const isPhone = useIsPhone();
  const detailRef = useRef<HTMLDivElement>(null);

  /** Shows a unit; on phones the detail (below the tree) is scrolled into view unless `reveal` is false. */
  const select = (id: string | undefined, reveal = true) => {
    void navigate({ search: { unit: id }, replace: true });
    if (id && isPhone && reveal) {
      requestAnimationFrame(() => detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
    }
  };

  return (
    <>
      <PageHeader title={t('org.title')} intro={t('org.intro')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <OrgTree selectedId={selectedId} onSelect={select} />
        </Col>
        <Col xs={24} lg={14}>
          <div ref={detailRef}>
            {selectedId ? (
              <UnitDetail unitId={selectedId} onSelect={select} />
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

function UnitTitle({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  return (
    <span>
      {unit.name}
      <span className="unit-kind-label">· {t(`unitKinds.${unit.kind}`)}</span>
    </span>
  );
}

/** The organisation tree, loading the children of a unit when it is opened. */
interface OrgTreeProps {
  selectedId?: string;
  onSelect: (id: string | undefined, reveal?: boolean) => void;
}

function OrgTree({ selectedId, onSelect }: OrgTreeProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roots = useQuery(rootUnitsQuery);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [openedParents, setOpenedParents] = useState<string[]>([]);
  const childQueries = useQueries({ queries: openedParents.map((id) => childUnitsQuery(id)) });
  const ancestors = useQuery({ ...ancestorsQuery(selectedId ?? ''), enabled: selectedId !== undefined });
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  // The roots of the user's scope start open; with nothing selected yet, the first root is shown.
  useEffect(() => {
    const ids = roots.data?.filter((unit) => unit.childCount > 0).map((unit) => unit.id) ?? [];
    if (ids.length > 0) {
      setOpenedParents((current) => [...new Set([...current, ...ids])]);
      setExpandedKeys((current) => [...new Set([...current, ...ids])]);
    }
    const [first] = roots.data ?? [];
    if (first && !selectedRef.current) onSelectRef.current(first.id, false);
  }, [roots.data]);

  // Opening a link to a deep unit unfolds the tree down to it.
  useEffect(() => {
    const ids = ancestors.data?.map((unit) => unit.id) ?? [];
    if (ids.length === 0) return;
    setOpenedParents((current) => [...new Set([...current, ...ids])]);
    setExpandedKeys((current) => [...new Set([...current, ...ids])]);
  }, [ancestors.data]);

  const childrenOf = useMemo(() => {
    const map = new Map<string, Unit[]>();
    openedParents.forEach((id, index) => {
      const data = childQueries[index]?.data;
      if (data) map.set(id, data);
    });
    return map;
  }, [openedParents, childQueries]);

  const treeData = useMemo(() => {
    const build = (unit: Unit): TreeDataNode => {
      const children = childrenOf.get(unit.id);
      return {
        key: unit.id,
        title: <UnitTitle unit={unit} />,
        isLeaf: unit.childCount === 0,
        children: children?.map(build),
      };
    };
    return (roots.data ?? []).map(build);
  }, [roots.data, childrenOf]);

  const loadData = async (node: TreeDataNode) => {
    const id = String(node.key);
    await queryClient.ensureQueryData(childUnitsQuery(id));
    setOpenedParents((current) => (current.includes(id) ? current : [...current, id]));
  };

  return (
    <Card title={<h2 className="card-title">{t('org.treeTitle')}</h2>} className="org-tree-card">
      {roots.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 6 }} />
      ) : roots.error ? (
        <Alert type="error" showIcon title={errorText(roots.error)} />
      ) : treeData.length === 0 ? (
        <Empty description={t('org.empty')} />
      ) : (
        <Tree
          className="org-tree"
          aria-label={t('org.treeTitle')}
          treeData={treeData}
          loadData={loadData}
          loadedKeys={openedParents.filter((_, index) => childQueries[index]?.data !== undefined)}
          expandedKeys={expandedKeys}
          onExpand={(keys) => setExpandedKeys(keys.map(String))}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(keys) => {
            const [first] = keys;
            onSelect(first === undefined ? selectedId : String(first));
          }}
          showLine
          blockNode
        />
      )}
    </Card>
  );
}

function UnitDetail({ unitId, onSelect }: { unitId: string; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const unit = useQuery(unitQuery(unitId));
  const ancestors = useQuery(ancestorsQuery(unitId));
  const [modal, setModal] = useState<'create' | 'edit' | null>(null);
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
  const canWrite = data.canEdit;
  const childKinds = childKindsOf(data.kind);

  return (
    <Card title={<h2 className="card-title break-anywhere">{data.name}</h2>}>
      <div className="stack">
        {chain.length > 0 ? (
          <nav aria-label={t('org.path')}>
            <Breadcrumb
              items={chain.map((ancestor) => ({
                key: ancestor.id,
                title: (
                  <Link
                    to="/org"
                    search={{ unit: ancestor.id }}
                    onClick={(event) => {
                      event.preventDefault();
                      onSelect(ancestor.id);
                    }}
                  >
                    {ancestor.name}
                  </Link>
                ),
              }))}
            />
          </nav>
        ) : null}
        <Descriptions
          column={1}
          bordered
          layout={isPhone ? 'vertical' : 'horizontal'}
          size="small"
          items={[
            {
              key: 'name',
              label: t('org.name'),
              children: <span className="break-anywhere">{data.name}</span>,
            },
            { key: 'kind', label: t('org.kind'), children: t(`unitKinds.${data.kind}`) },
            { key: 'code', label: t('org.code'), children: <span className="mono">{data.code}</span> },
            {
              key: 'parent',
              label: t('org.path'),
              children: chain.at(-1)?.name ?? t('org.root'),
            },
            { key: 'children', label: t('org.childCount'), children: formatNumber(data.childCount) },
            { key: 'level', label: t('org.level'), children: formatNumber(data.level) },
          ]}
        />
        {!canWrite ? (
          <Typography.Paragraph className="muted">{t('org.readOnly')}</Typography.Paragraph>
        ) : null}
        <div className="page-header-extra">
          {data.canAddChild && childKinds.length > 0 ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setModal('create')}>
              {t('org.addChild')}
            </Button>
          ) : null}
          {canWrite ? (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setModal('edit')}>
              {t('org.edit')}
            </Button>
          ) : null}
          {hasModule(me, 'admin.audit') ? (
            <ButtonLink
              icon={<AuditOutlined aria-hidden />}
              href={`/admin/audit?entity=unit&entityId=${encodeURIComponent(data.id)}`}
            >
              {t('org.viewAudit')}
            </ButtonLink>
          ) : null}
        </div>
      </div>
      <UnitCreateModal
        parent={data}
        open={modal === 'create'}
        onClose={() => setModal(null)}
        onCreated={(created) => {
          setModal(null);
          onSelect(created.id);
        }}
      />
      <UnitEditModal unit={data} open={modal === 'edit'} onClose={() => setModal(null)} />
    </Card>
  );
}
