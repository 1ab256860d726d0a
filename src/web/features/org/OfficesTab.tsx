import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Card, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasModule, useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { StatusText } from '../../components/StatusText';
import { isGone, officesQuery, type Position, type Term, type Unit, type UnitOffices } from './api';
import { BodyModal, EndPositionModal, PositionModal, type PositionPreset, TermModal } from './OfficeModals';
import { groupByTitle } from './officeTitles';

type Dialog = 'term' | 'body' | null;

/** The unit's leadership: its term, bodies with current office holders, its own offices, and past terms. */
export function OfficesTab({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const offices = useQuery(officesQuery(unit.id));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [positionPreset, setPositionPreset] = useState<PositionPreset>(null);
  const [ending, setEnding] = useState<Position | null>(null);
  const canManage = unit.canEdit && !isGone(unit);

  if (offices.isPending) return <Skeleton active title={false} paragraph={{ rows: 6 }} />;
  if (offices.error) return <Alert type="error" showIcon title={errorText(offices.error)} />;

  const data = offices.data;
  const onEnd = canManage ? setEnding : undefined;
  return (
    <div className="stack">
      <CurrentTerm terms={data.terms} onAdd={canManage ? () => setDialog('term') : undefined} />

      <section aria-labelledby="bodies-title">
        <div className="section-head">
          <h3 id="bodies-title" className="section-title">
            {t('offices.bodiesTitle')}
          </h3>
          {canManage ? (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setDialog('body')}>
              {t('offices.addBody')}
            </Button>
          ) : null}
        </div>
        {data.bodies.length === 0 ? (
          <p className="muted">{t('offices.noBodies')}</p>
        ) : (
          data.bodies.map((body) => (
            <Card
              key={body.id}
              size="small"
              className="office-card"
              title={<h4 className="card-title">{body.name}</h4>}
              extra={
                canManage ? (
                  <Button
                    size="small"
                    icon={<PlusOutlined aria-hidden />}
                    onClick={() => setPositionPreset({ bodyId: body.id })}
                    aria-label={`${t('offices.addPosition')}: ${body.name}`}
                  >
                    {t('offices.addPosition')}
                  </Button>
                ) : null
              }
            >
              <HolderList holders={body.holders} onEnd={onEnd} empty={t('offices.noHolders')} />
            </Card>
          ))
        )}
      </section>

      <section aria-labelledby="unit-holders-title">
        <div className="section-head">
          <h3 id="unit-holders-title" className="section-title">
            {t('offices.unitHoldersTitle')}
          </h3>
          {canManage ? (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setPositionPreset({ bodyId: null })}>
              {t('offices.addPosition')}
            </Button>
          ) : null}
        </div>
        <p className="muted" style={{ marginTop: 0 }}>
          {t('offices.unitHoldersHelp')}
        </p>
        <HolderList holders={data.unitHolders} onEnd={onEnd} empty={t('offices.noHolders')} />
      </section>

      <TermsHistory terms={data.terms} />

      <TermModal unit={unit} open={dialog === 'term'} onClose={() => setDialog(null)} />
      <BodyModal unit={unit} open={dialog === 'body'} onClose={() => setDialog(null)} />
      <PositionModal
        unit={unit}
        offices={data}
        preset={positionPreset}
        onClose={() => setPositionPreset(null)}
      />
      <EndPositionModal position={ending} onClose={() => setEnding(null)} />
    </div>
  );
}

function CurrentTerm({ terms, onAdd }: { terms: UnitOffices['terms']; onAdd?: () => void }) {
  const { t } = useTranslation();
  const current = terms.find((term) => term.current);
  return (
    <section aria-labelledby="term-title">
      <div className="section-head">
        <h3 id="term-title" className="section-title">
          {t('offices.currentTerm')}
        </h3>
        {onAdd ? (
          <Button icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
            {t('offices.addTerm')}
          </Button>
        ) : null}
      </div>
      {current ? (
        <TermLine term={current} />
      ) : (
        <StatusText tone="warn">{terms.length > 0 ? t('offices.termOver') : t('offices.noTerm')}</StatusText>
      )}
    </section>
  );
}

function TermLine({ term }: { term: Term }) {
  const { t } = useTranslation();
  return (
    <div>
      <span className="strong">{t('offices.termName', { label: term.label })}</span>{' '}
      <span className="nowrap">
        ({formatDate(term.startsOn)} – {formatDate(term.endsOn)})
      </span>
      {term.nextCongressDueOn ? (
        <div>{t('offices.nextCongress', { date: formatDate(term.nextCongressDueOn) })}</div>
      ) : null}
    </div>
  );
}

interface HolderListProps {
  holders: Position[];
  empty: string;
  /** Offered for current positions when the user may manage offices. */
  onEnd?: (position: Position) => void;
  /** Show each holder's dates (past terms), instead of only the start. */
  withEnd?: boolean;
}

function HolderList({ holders, empty, onEnd, withEnd = false }: HolderListProps) {
  const { t } = useTranslation();
  const me = useMe();
  const mayOpenMembers = hasModule(me, 'members');
  if (holders.length === 0) return <p className="muted">{empty}</p>;
  return (
    <div className="holder-groups">
      {groupByTitle(holders).map((group) => {
        const title = t(`offices.titles.${group.title}`);
        return (
          <div key={`${group.title}:${group.bodyName ?? ''}`} className="holder-group">
            <div className="holder-title">
              {title}
              {group.bodyName && withEnd ? <span className="muted"> · {group.bodyName}</span> : null}
              {group.holders.length > 1 ? <span className="muted"> ({group.holders.length})</span> : null}
            </div>
            <ul className="plain-list">
              {group.holders.map((position) => (
                <li key={position.id} className="holder-row">
                  <div className="holder-main">
                    <div className="break-anywhere">
                      {mayOpenMembers ? (
                        <Link to="/members/$memberId" params={{ memberId: position.memberId }}>
                          {position.memberName}
                        </Link>
                      ) : (
                        position.memberName
                      )}
                    </div>
                    <div className="muted">
                      {withEnd || position.endsOn
                        ? t('offices.period', {
                            from: formatDate(position.startsOn),
                            to: position.endsOn ? formatDate(position.endsOn) : t('offices.now'),
                          })
                        : t('offices.since', { date: formatDate(position.startsOn) })}
                      {position.decisionRef
                        ? ` · ${t('offices.decisionShort', { ref: position.decisionRef })}`
                        : ''}
                    </div>
                  </div>
                  {onEnd && position.current ? (
                    <Button
                      size="small"
                      icon={<StopOutlined aria-hidden />}
                      onClick={() => onEnd(position)}
                      aria-label={`${t('offices.end')}: ${title} ${position.memberName}`}
                    >
                      {t('offices.end')}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

/** Every recorded term, newest first, with who held which office during it. */
function TermsHistory({ terms }: { terms: UnitOffices['terms'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="terms-title">
      <h3 id="terms-title" className="section-title">
        {t('offices.termsTitle')}
      </h3>
      {terms.length === 0 ? (
        <Empty description={t('offices.noTerms')} />
      ) : (
        terms.map((term) => (
          <details key={term.id} open={term.current}>
            <summary>
              {t('offices.termName', { label: term.label })} ({formatDate(term.startsOn)} –{' '}
              {formatDate(term.endsOn)}){term.current ? ` · ${t('offices.currentMark')}` : ''}
            </summary>
            {term.nextCongressDueOn ? (
              <p className="muted">
                {t('offices.nextCongress', { date: formatDate(term.nextCongressDueOn) })}
              </p>
            ) : null}
            <HolderList holders={term.positions} empty={t('offices.noTermPositions')} withEnd />
          </details>
        ))
      )}
    </section>
  );
}
