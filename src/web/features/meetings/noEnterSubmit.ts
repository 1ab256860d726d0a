import type { KeyboardEvent } from 'react';

/**
 * Enter in a date or time field confirms the picked value; in a long form it must not also send the whole form
 * half-filled (the browser's implicit submission). Text areas keep their new lines; buttons still work.
 */
export function noEnterSubmit(event: KeyboardEvent<HTMLFormElement>): void {
  const target = event.target as HTMLElement;
  if (event.key === 'Enter' && target.tagName === 'INPUT') event.preventDefault();
}
