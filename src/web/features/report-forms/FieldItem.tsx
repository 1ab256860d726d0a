import { Form, type FormItemProps } from 'antd';
import { cloneElement, type ReactElement, useId } from 'react';

/**
 * A labelled input of the designer. The designer keeps its own working copy instead of an antd form store, so
 * its items have no `name`; this ties the label to the input by id, as a named item would.
 */
export function FieldItem({
  children,
  ...props
}: Omit<FormItemProps, 'children'> & { children: ReactElement<{ id?: string }> }) {
  const id = useId();
  return (
    <Form.Item {...props} htmlFor={id}>
      {cloneElement(children, { id })}
    </Form.Item>
  );
}
