import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  MinusCircleFilled,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export type StatusTone = 'ok' | 'off' | 'warn' | 'bad';

const icons: Record<StatusTone, ReactNode> = {
  ok: <CheckCircleFilled aria-hidden />,
  off: <MinusCircleFilled aria-hidden />,
  warn: <ExclamationCircleFilled aria-hidden />,
  bad: <CloseCircleFilled aria-hidden />,
};

/** A status in words with an icon and a colour of sufficient contrast (colour never carries the meaning alone). */
export function StatusText({ tone, children }: { tone: StatusTone; children: ReactNode }) {
  return (
    <span className={`status-text status-${tone}`}>
      {icons[tone]} {children}
    </span>
  );
}
