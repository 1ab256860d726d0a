import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListItem } from '../../../contracts/members';
import type { MemberStatus } from '../../../domain/member-codes';
import { hasModule, useMe } from '../../app/auth';
import { StatusText, type StatusTone } from '../../components/StatusText';
import { ExemptedTag } from '../lifecycle/ExemptedTag';
import { useCodeLabels } from './labels';

const statusTones: Record<MemberStatus, StatusTone> = {
  candidate: 'off',
  probationary: 'warn',
  official: 'ok',
  exempted: 'off',
  transferred_out: 'off',
  removed: 'bad',
  expelled: 'bad',
  deceased: 'off',
};

/** The member's status in words, with an icon and colour. */
export function MemberStatusTag({ status }: { status: MemberStatus }) {
  const labels = useCodeLabels();
  // Exempted members carry the "Miễn sinh hoạt" tag in every list (lifecycle module).
  if (status === 'exempted')
    return (
      <span className="member-status">
        <ExemptedTag status={status} />
      </span>
    );
  return (
    <span className="member-status">
      <StatusText tone={statusTones[status]}>{labels.status(status)}</StatusText>
    </span>
  );
}

type Position = MemberListItem['positions'][number];

/** "Bí thư — Chi bộ Văn phòng"; with the body when the office belongs to one ("Ủy viên (Ban Thường vụ) — …"). */
export function usePositionText() {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  return (position: Position) =>
    position.bodyName
      ? t('members.positionInBody', {
          title: labels.position(position.title),
          body: position.bodyName,
          unit: position.unitName,
        })
      : t('members.positionInUnit', { title: labels.position(position.title), unit: position.unitName });
}

/** The offices a member holds now, one a line; nothing when there are none. */
export function PositionList({ positions }: { positions: readonly Position[] }) {
  const positionText = usePositionText();
  if (positions.length === 0) return null;
  return (
    <ul className="plain-list compact-list">
      {positions.map((position) => (
        <li key={`${position.title}:${position.unitName}:${position.bodyName ?? ''}`}>
          {positionText(position)}
        </li>
      ))}
    </ul>
  );
}

/** The unit's name, linking to it in the organisation pages when the user may open them. */
export function UnitLink({ unitId, name }: { unitId: string; name: string }) {
  const me = useMe();
  if (!hasModule(me, 'org')) return <span className="break-anywhere">{name}</span>;
  return (
    <Link to="/org/units/$unitId" params={{ unitId }} className="break-anywhere">
      {name}
    </Link>
  );
}

/**
 * A wide table's box that scrolls sideways on narrow screens instead of the page; focusable so that keyboard
 * users can scroll it too.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="diff-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
