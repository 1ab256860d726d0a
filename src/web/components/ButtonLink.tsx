import { useRouter } from '@tanstack/react-router';
import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';

type ButtonLinkProps = Omit<ButtonProps, 'href' | 'onClick'> & {
  /** An in-app address such as "/org?unit=…". */
  href: string;
};

/** A link that looks like a button: a real <a href> (middle-click, copy link), navigating inside the app. */
export function ButtonLink({ href, ...props }: ButtonLinkProps) {
  const router = useRouter();
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.history.push(href);
  };
  return <Button {...props} href={href} onClick={onClick} />;
}
