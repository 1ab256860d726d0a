import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from './api';
import i18n from './i18n';

type MessageApi = ReturnType<typeof App.useApp>['message'];

let bridgedMessage: MessageApi | null = null;

/** Lets code outside React (the global error handler) show messages with the app's theme and locale. */
export function bridgeMessage(message: MessageApi | null): void {
  bridgedMessage = message;
}

export function globalMessage(): MessageApi | null {
  return bridgedMessage;
}

/** The text to show for any error: the server's localised message, else a generic one. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return i18n.t('errors.unexpected');
}

/** "roles.0.unitId" → ['roles', 0, 'unitId'] (the name path of an antd Form field). */
const namePath = (field: string): (string | number)[] =>
  field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * Puts an API error on the form field it names, when the form has that field; returns false otherwise so that
 * the caller shows it another way.
 */
export function setFieldError(form: FormInstance | undefined, error: unknown): boolean {
  if (!form || !(error instanceof ApiError) || !error.field) return false;
  const path = namePath(error.field);
  const registered = form.getFieldsError().some((field) => samePath(field.name, path));
  if (!registered) return false;
  form.setFields([{ name: path, errors: [error.message] }]);
  form.scrollToField(path, { block: 'center' });
  return true;
}

/** Shows an error next to its form field when possible, else as a message at the top of the screen. */
export function useShowError() {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (setFieldError(form, error)) return;
      void message.error({ content: errorText(error), duration: 6 });
    },
    [message],
  );
}
