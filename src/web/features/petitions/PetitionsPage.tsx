import { SendOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { PageHeader } from '../../components/PageHeader';
import { seesRegister } from './access';
import { petitionsQuery } from './api';
import { PetitionList } from './PetitionList';
import { PetitionRegister } from './PetitionRegister';
import { SendPetitionModal } from './SendPetitionModal';
import './petitions.css';

/** "Đề xuất, kiến nghị": the committee's register, the user's own petitions, and the form to send one. */
export function PetitionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [sending, setSending] = useState(false);
  const mine = useInfiniteQuery(petitionsQuery({ mine: true }));
  const mineTitle = t('petitions.mine.title');
  return (
    <>
      <PageHeader
        title={t('petitions.title')}
        intro={t('petitions.intro')}
        extra={
          <Button type="primary" icon={<SendOutlined />} onClick={() => setSending(true)}>
            {t('petitions.send.open')}
          </Button>
        }
      />
      <div className="stack">
        {seesRegister(me) ? <PetitionRegister /> : null}
        <Card title={<h2 className="card-title">{mineTitle}</h2>}>
          <PetitionList list={mine} label={mineTitle} empty={t('petitions.mine.empty')} show="addressee" />
        </Card>
      </div>
      <SendPetitionModal open={sending} onClose={() => setSending(false)} />
    </>
  );
}
