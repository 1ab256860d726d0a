import { DownloadOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { letterHref, type Transfer, transfersQuery } from './api';
import { DueText } from './DueText';

/** The member's transfers on the profile: the open one first with what is due, then the finished ones. */
export function MemberTransfersSection({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const open = useInfiniteQuery(transfersQuery('outgoing', memberId));
  const done = useInfiniteQuery(transfersQuery('history', memberId));
  const items: Transfer[] = [
    ...(open.data?.pages.flatMap((p) => p.items) ?? []),
    ...(done.data?.pages.flatMap((p) => p.items) ?? []),
  ];
  if (items.length === 0) return null;
  return (
    <Card
      title={<h2 className="card-title">{t('transfers.profileTitle')}</h2>}
      extra={<ButtonLink href="/transfers">{t('transfers.openPage')}</ButtonLink>}
    >
      <ul className="plain-list transfer-profile-list">
        {items.map((r) => (
          <li key={r.id}>
            <strong>
              {t(`transfers.kind.${r.kind}`)}: {r.fromUnitName ?? r.externalSender} →{' '}
              {r.toUnitName ?? r.externalReceiver}
            </strong>
            <div>
              {r.next ? (
                <DueText transfer={r} />
              ) : (
                `${t(`transfers.status.${r.status}`)}${r.receivedOn ? ` ${formatDate(r.receivedOn)}` : ''}`
              )}
              {r.letterNumber ? ` · ${t('transfers.letterShort', { number: r.letterNumber })}` : ''}
            </div>
            {r.hasLetter ? (
              <Button
                href={letterHref(r.id)}
                icon={<DownloadOutlined aria-hidden />}
                aria-label={t('transfers.actions.downloadFor', { name: r.fullName })}
              >
                {t('transfers.actions.download')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
