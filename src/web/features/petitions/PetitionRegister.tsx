import { useInfiniteQuery } from '@tanstack/react-query';
import { Card, Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { petitionStatuses } from '../../../contracts/petitions';
import { useMe } from '../../app/auth';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { defaultRegisterUnit } from './access';
import { type PetitionStatus, petitionsQuery } from './api';
import { PetitionList } from './PetitionList';
import { PetitionStats } from './PetitionStats';

/** The committee's register: petitions addressed to a unit or below it, with counts by status and age. */
export function PetitionRegister() {
  const { t } = useTranslation();
  const me = useMe();
  const [unitId, setUnitId] = useState<string | undefined>(defaultRegisterUnit(me));
  const [status, setStatus] = useState<PetitionStatus | undefined>();
  const list = useInfiniteQuery({ ...petitionsQuery({ unitId, status }), enabled: !!unitId });
  const title = t('petitions.register.title');
  return (
    <Card title={<h2 className="card-title">{title}</h2>}>
      <div className="stack">
        <div className="petition-filters">
          <Form.Item
            label={t('petitions.register.unit')}
            htmlFor="petition-register-unit"
            className="petition-filter"
          >
            <UnitTreeSelect
              id="petition-register-unit"
              value={unitId}
              onChange={setUnitId}
              knownName={me.roles.find((g) => g.unitId === unitId)?.unitName}
            />
          </Form.Item>
          <Form.Item
            label={t('petitions.register.status')}
            htmlFor="petition-register-status"
            className="petition-filter"
          >
            <Select<PetitionStatus | 'all'>
              id="petition-register-status"
              value={status ?? 'all'}
              onChange={(v) => setStatus(v === 'all' ? undefined : v)}
              options={[
                { value: 'all', label: t('petitions.register.allStatuses') },
                ...petitionStatuses.map((s) => ({ value: s, label: t(`petitions.status.${s}`) })),
              ]}
            />
          </Form.Item>
        </div>
        {unitId ? <PetitionStats unitId={unitId} /> : null}
        {unitId ? (
          <PetitionList list={list} label={title} empty={t('petitions.register.empty')} show="sender" />
        ) : null}
      </div>
    </Card>
  );
}
