import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { Alert, Button, Card, Descriptions, Skeleton, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeader } from '../../components/PageHeader';
import { type HandlingStep, type PetitionDetail, petitionQuery } from './api';
import { HandlingModal } from './HandlingModal';
import { PetitionAge, PetitionStatusText } from './labels';
import './petitions.css';

/** The step the petition waits for, if the user may take it. */
export function nextStep(p: PetitionDetail): HandlingStep | null {
  if (!p.canHandle || p.status === 'resolved') return null;
  if (p.status === 'received') return p.authority === 'beyond' ? 'forward' : 'classify';
  if (p.status === 'forwarded') return p.superiorAnswer ? 'reply' : 'answer';
  return 'reply';
}

/** One petition: what was asked, where it stands, its timeline, and the next handling step for the committee. */
export function PetitionPage() {
  const { t } = useTranslation();
  const { petitionId } = useParams({ from: '/app/petitions/$petitionId' });
  const petition = useQuery(petitionQuery(petitionId));
  const [step, setStep] = useState<HandlingStep | null>(null);
  const back = <ButtonLink href="/petitions">{t('petitions.detail.back')}</ButtonLink>;

  if (petition.isPending)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  if (petition.error)
    return (
      <>
        <PageHeader title={t('petitions.title')} extra={back} />
        <Alert type="error" showIcon title={errorText(petition.error)} />
      </>
    );
  const p = petition.data;
  const next = nextStep(p);
  return (
    <>
      <PageHeader title={p.subject} extra={back} />
      <div className="stack">
        <Card title={<h2 className="card-title">{t(`petitions.kinds.${p.kind}`)}</h2>}>
          <div className="stack">
            <div className="petition-item-line">
              <PetitionStatusText petition={p} />
              <PetitionAge petition={p} />
            </div>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('petitions.detail.from')}>
                {p.fromMember
                  ? t('petitions.list.fromMember', { member: p.fromMember.name, unit: p.fromUnit.name })
                  : p.fromUnit.name}
              </Descriptions.Item>
              <Descriptions.Item label={t('petitions.detail.to')}>{p.toUnit.name}</Descriptions.Item>
              <Descriptions.Item label={t('petitions.detail.received')}>
                {formatDate(p.receivedOn)}
              </Descriptions.Item>
              {p.authority ? (
                <Descriptions.Item label={t('petitions.detail.authority')}>
                  {t(`petitions.authority.${p.authority}`)}
                </Descriptions.Item>
              ) : null}
              {p.forwardedTo ? (
                <Descriptions.Item label={t('petitions.detail.forwarded')}>
                  {p.forwardedTo} · {formatDate(p.forwardedOn)}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
            <div>
              <h3 className="petition-stats-title">{t('petitions.detail.content')}</h3>
              <p className="petition-text">{p.content}</p>
            </div>
            {p.superiorAnswer ? (
              <div>
                <h3 className="petition-stats-title">
                  {t('petitions.detail.answer', { date: formatDate(p.answeredOn) })}
                </h3>
                <p className="petition-text">{p.superiorAnswer}</p>
              </div>
            ) : null}
            {p.reply ? (
              <Alert
                type="success"
                showIcon
                title={t('petitions.detail.reply', { date: formatDate(p.repliedOn) })}
                description={<span className="petition-text">{p.reply}</span>}
              />
            ) : null}
            {next ? (
              <div className="petition-actions">
                <Button type="primary" onClick={() => setStep(next)}>
                  {t(`petitions.handle.${next}.open`)}
                </Button>
              </div>
            ) : null}
          </div>
        </Card>
        <Card title={<h2 className="card-title">{t('petitions.detail.timeline')}</h2>}>
          <Timeline
            items={p.events.map((e, i) => ({
              key: `${e.kind}-${i}`,
              color: e.kind === 'replied' ? 'green' : 'blue',
              content: (
                <div className="petition-item">
                  <span className="strong">
                    {formatDate(e.on)} — {t(`petitions.events.${e.kind}`)}
                  </span>
                  {e.by ? <span className="muted">{e.by}</span> : null}
                  {e.note ? <span className="petition-text">{e.note}</span> : null}
                </div>
              ),
            }))}
          />
        </Card>
      </div>
      <HandlingModal petition={p} step={step} onClose={() => setStep(null)} />
    </>
  );
}
