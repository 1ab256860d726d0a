import { Card, Checkbox, Form, Input, InputNumber, Space, Tag } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberField } from '../../../contracts/report-forms';
import type { Change } from './change';
import { type EditField, type EditTable, keyFollows } from './editor-state';
import { FieldItem } from './FieldItem';
import { KeyInput } from './KeyInput';
import { NumberOptions } from './NumberOptions';
import { TableOptions } from './TableOptions';

interface FieldCardProps {
  field: EditField;
  /** A refused save named this field: it is marked and brought into view. */
  named?: boolean;
  change: Change<EditField>;
  /** The keys of the form's other fields (a new key must differ from them). */
  otherKeys: () => Set<string>;
  tools: ReactNode;
}

/** One field of a section: what it asks (label, help), its key, and the options of its kind. */
export function FieldCard({ field, named, change, otherKeys, tools }: FieldCardProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (named) ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [named]);
  return (
    <Card
      ref={ref}
      size="small"
      className={['rforms-field', field.retired && 'rforms-retired', named && 'rforms-named']
        .filter(Boolean)
        .join(' ')}
      title={
        <Space wrap>
          <Tag>{t(`reportForms.kinds.${field.kind}`)}</Tag>
          {field.retired ? <Tag>{t('reportForms.retiredTag')}</Tag> : null}
        </Space>
      }
      extra={tools}
    >
      <Form layout="vertical" component="div" className="rforms-field-form">
        <FieldItem label={t('reportForms.fieldLabel')} required className="rforms-wide">
          <Input
            value={field.label}
            maxLength={300}
            onChange={(e) =>
              change((f) => {
                f.label = e.target.value;
                keyFollows(f, e.target.value, otherKeys());
              })
            }
          />
        </FieldItem>
        <Form.Item className="rforms-wide">
          <KeyInput
            value={field.key}
            onChange={(key) =>
              change((f) => {
                f.key = key;
                f.autoKey = false;
              })
            }
          />
        </Form.Item>
        <FieldItem label={t('reportForms.help')} className="rforms-wide">
          <Input.TextArea
            value={field.help ?? ''}
            maxLength={1000}
            autoSize={{ minRows: 1, maxRows: 4 }}
            onChange={(e) =>
              change((f) => {
                f.help = e.target.value || null;
              })
            }
          />
        </FieldItem>
        <Form.Item className="rforms-wide">
          <Space wrap size="large">
            <Checkbox
              checked={field.required}
              onChange={(e) =>
                change((f) => {
                  f.required = e.target.checked;
                })
              }
            >
              {t('reportForms.required')}
            </Checkbox>
            <Checkbox
              checked={field.retired}
              onChange={(e) =>
                change((f) => {
                  f.retired = e.target.checked;
                })
              }
            >
              {t('reportForms.retired')}
            </Checkbox>
          </Space>
        </Form.Item>
        {field.kind === 'number' ? (
          <NumberOptions field={field} change={change as unknown as Change<NumberField>} />
        ) : field.kind === 'table' ? (
          <TableOptions field={field} change={change as unknown as Change<EditTable>} />
        ) : (
          <FieldItem label={t('reportForms.maxLength')}>
            <InputNumber
              min={10}
              max={20000}
              precision={0}
              value={field.maxLength}
              onChange={(value) =>
                change((f) => {
                  if (f.kind === 'text') f.maxLength = value ?? 4000;
                })
              }
            />
          </FieldItem>
        )}
      </Form>
    </Card>
  );
}
