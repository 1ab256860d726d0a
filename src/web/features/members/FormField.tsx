import { Form, type FormItemProps } from 'antd';
import type { Rule } from 'antd/es/form';

/**
 * A rule that always passes. A field only re-validates on change when it has a rule, and re-validating is what
 * clears an error the server put on it: with this, the server's message goes away as soon as the user edits.
 */
const clearsServerError: Rule = { validator: () => Promise.resolve() };

/** A form field whose server-side error clears when its value changes. */
export function FormField({ rules, ...props }: FormItemProps) {
  return <Form.Item {...props} rules={[...(rules ?? []), clearsServerError]} />;
}
