import {
  AuditOutlined,
  DeleteOutlined,
  EditOutlined,
  FormOutlined,
  MergeCellsOutlined,
  PlusOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasModule, useMe } from '../../app/auth';
import { ButtonLink } from '../../components/ButtonLink';
import { childKindsOf, isGone, type Unit } from './api';
import { type UnitChange, UnitChangeModal } from './UnitEventModals';
import { UnitCreateModal, UnitEditModal } from './UnitModals';

interface Props {
  unit: Unit;
  onCreated: (created: Unit) => void;
}

/**
 * What the user may do with a unit, as plain buttons (no hidden menus). Dated changes of the tree (rename by
 * decision, move, merge, dissolve) are for the roles that may create units (`canAddChild`); a typo correction
 * needs write access only (`canEdit`).
 */
export function UnitActions({ unit, onCreated }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const [dialog, setDialog] = useState<'create' | 'edit' | UnitChange | null>(null);
  const active = !isGone(unit);
  const restructure = active && unit.canAddChild;
  const change = dialog === 'create' || dialog === 'edit' ? null : dialog;

  return (
    <>
      <div className="page-header-extra">
        {restructure && childKindsOf(unit.kind).length > 0 ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog('create')}>
            {t('org.addChild')}
          </Button>
        ) : null}
        {restructure ? (
          <Button icon={<FormOutlined aria-hidden />} onClick={() => setDialog('rename')}>
            {t('org.rename')}
          </Button>
        ) : null}
        {restructure && unit.parentId ? (
          <>
            <Button icon={<SwapOutlined aria-hidden />} onClick={() => setDialog('move')}>
              {t('org.move')}
            </Button>
            <Button icon={<MergeCellsOutlined aria-hidden />} onClick={() => setDialog('merge')}>
              {t('org.merge')}
            </Button>
            <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => setDialog('dissolve')}>
              {t('org.dissolve')}
            </Button>
          </>
        ) : null}
        {active && unit.canEdit ? (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('edit')}>
            {t('org.edit')}
          </Button>
        ) : null}
        {hasModule(me, 'admin.audit') ? (
          <ButtonLink
            icon={<AuditOutlined aria-hidden />}
            href={`/admin/audit?entity=unit&entityId=${encodeURIComponent(unit.id)}`}
          >
            {t('org.viewAudit')}
          </ButtonLink>
        ) : null}
      </div>
      <UnitCreateModal
        parent={unit}
        open={dialog === 'create'}
        onClose={() => setDialog(null)}
        onCreated={(created) => {
          setDialog(null);
          onCreated(created);
        }}
      />
      <UnitEditModal unit={unit} open={dialog === 'edit'} onClose={() => setDialog(null)} />
      <UnitChangeModal unit={unit} change={change} onClose={() => setDialog(null)} />
    </>
  );
}
