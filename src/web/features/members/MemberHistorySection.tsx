import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';
import { formatDate, formatDateTime } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import { type MemberHistory, memberHistoryQuery } from './api';
import { displayValue, fieldLabel, inFormOrder, isShownField } from './field-values';
import { useCodeLabels } from './labels';
import { MemberStatusTag, ScrollRegion, usePositionText } from './MemberBits';

/** "01/02/2020 – nay" / "01/02/2020 – 31/12/2024". */
function usePeriod() {
  const { t } = useTranslation();
  return (from: string, to: string | null) =>
    t('members.history.period', {
      from: formatDate(from),
      to: to ? formatDate(to) : t('members.history.now'),
    });
}

interface HistoryRow {
  key: string;
  cells: ReactNode[];
}

/** A table on wide screens; on phones one small block per row, each value under its column's name. */
function HistoryTable({ caption, head, rows }: { caption: string; head: string[]; rows: HistoryRow[] }) {
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <ul className="plain-list">
        {rows.map((row) => (
          <li key={row.key}>
            <dl className="history-card">
              {row.cells.map((cell, index) =>
                cell === null || cell === undefined || cell === '' ? null : (
                  <div key={head[index]} className="history-card-row">
                    <dt className="muted">{head[index]}</dt>
                    <dd className="break-anywhere">{cell}</dd>
                  </div>
                ),
              )}
            </dl>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ScrollRegion label={caption}>
      <table className="diff-table history-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((title) => (
              <th key={title} scope="col">
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) => (
                <td key={head[index]} className="break-anywhere">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function Subsection({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="history-part">
      <h3 className="history-title">{title}</h3>
      {empty ? <p className="muted">{t('members.history.none')}</p> : children}
    </section>
  );
}

/** "Lịch sử": the record's edits, status events, cells and offices, each with its dates. */
export function MemberHistorySection({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const history = useQuery(memberHistoryQuery(memberId));

  return (
    <Card title={<h2 className="card-title">{t('members.history.title')}</h2>}>
      {history.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 6 }} />
      ) : history.error ? (
        <Alert type="error" showIcon title={errorText(history.error)} />
      ) : (
        <div className="stack">
          <Changes changes={history.data.changes} />
          <StatusEvents events={history.data.statusEvents} />
          <Units units={history.data.units} />
          <Positions positions={history.data.positions} />
        </div>
      )}
    </Card>
  );
}

function Changes({ changes }: { changes: MemberHistory['changes'] }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const newestFirst = [...changes].sort((a, b) => b.at.localeCompare(a.at));
  const shown = (value: unknown, field: string) =>
    displayValue(field, value, labels) ?? t('members.history.emptyValue');

  return (
    <Subsection title={t('members.history.changes')} empty={newestFirst.length === 0}>
      <ol className="plain-list history-changes">
        {newestFirst.map((change) => {
          const fields = inFormOrder(change.fields.filter((entry) => isShownField(entry.field)));
          return (
            <li
              key={`${change.at}:${change.fields.map((entry) => entry.field).join()}`}
              className="history-change"
            >
              <div className="history-change-head">
                <span className="strong">{formatDateTime(change.at)}</span>
                <span>{change.actorName ?? t('members.history.system')}</span>
              </div>
              {change.reason ? (
                <div className="break-anywhere">
                  <span className="muted">{t('members.history.reason')}:</span> {change.reason}
                </div>
              ) : null}
              <ul className="compact-list history-fields">
                {fields.map((entry) => (
                  <li key={entry.field} className="break-anywhere">
                    <span className="strong">{fieldLabel(t, entry.field)}</span>:{' '}
                    <del className="history-before">{shown(entry.before, entry.field)}</del>
                    <span aria-hidden> → </span>
                    <span className="visually-hidden"> {t('members.history.changedTo')} </span>
                    <ins className="history-after">{shown(entry.after, entry.field)}</ins>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </Subsection>
  );
}

function StatusEvents({ events }: { events: MemberHistory['statusEvents'] }) {
  const { t } = useTranslation();
  const title = t('members.history.statusEvents');
  return (
    <Subsection title={title} empty={events.length === 0}>
      <HistoryTable
        caption={title}
        head={[
          t('members.history.date'),
          t('memberForm.fields.status'),
          t('memberForm.decisionRef'),
          t('memberForm.note'),
        ]}
        rows={events.map((event) => ({
          key: event.id,
          cells: [
            formatDate(event.effectiveOn),
            <MemberStatusTag key="status" status={event.status} />,
            event.decisionRef,
            event.note,
          ],
        }))}
      />
    </Subsection>
  );
}

function Units({ units }: { units: MemberHistory['units'] }) {
  const { t } = useTranslation();
  const period = usePeriod();
  const title = t('members.history.units');
  return (
    <Subsection title={title} empty={units.length === 0}>
      <HistoryTable
        caption={title}
        head={[t('members.history.when'), t('memberForm.fields.unitId'), t('members.history.reason')]}
        rows={units.map((row) => ({
          key: `${row.unitId}:${row.fromDate}`,
          cells: [period(row.fromDate, row.toDate), row.unitName, row.reason],
        }))}
      />
    </Subsection>
  );
}

function Positions({ positions }: { positions: MemberHistory['positions'] }) {
  const { t } = useTranslation();
  const positionText = usePositionText();
  const period = usePeriod();
  const title = t('members.history.positions');
  return (
    <Subsection title={title} empty={positions.length === 0}>
      <HistoryTable
        caption={title}
        head={[t('members.history.when'), t('members.history.position'), t('members.history.term')]}
        rows={positions.map((position) => ({
          key: position.id,
          cells: [period(position.startsOn, position.endsOn), positionText(position), position.termLabel],
        }))}
      />
    </Subsection>
  );
}
