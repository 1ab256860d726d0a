import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Change, part } from './change';
import { type EditSection, type FieldKind, keyFollows, newField } from './editor-state';
import { type ErrorTarget, isTarget } from './error-target';
import { FieldCard } from './FieldCard';
import { FieldItem } from './FieldItem';
import { ItemTools } from './ItemTools';
import { KeyInput } from './KeyInput';

interface SectionCardProps {
  section: EditSection;
  index: number;
  /** The field a refused save named, to mark. */
  target: ErrorTarget | null;
  change: Change<EditSection>;
  /** Keys of every field of the form, but the one named (field keys are unique across the whole form). */
  fieldKeys: (except?: string) => Set<string>;
  sectionKeys: () => Set<string>;
  tools: ReactNode;
}

/** A section (phần) of the form: its title and its fields, each movable within it. */
export function SectionCard({
  section,
  index,
  target,
  change,
  fieldKeys,
  sectionKeys,
  tools,
}: SectionCardProps) {
  const { t } = useTranslation();
  const fields = part(change, (s) => s.fields);
  const what = t('reportForms.what.field');
  const add = (kind: FieldKind) =>
    change((s) => void s.fields.push(newField(kind, t(`reportForms.newField.${kind}`), fieldKeys())));
  return (
    <Card
      className="rforms-card rforms-section"
      title={t('reportForms.sectionNo', { n: index + 1 })}
      extra={tools}
    >
      <Form layout="vertical" component="div">
        <FieldItem label={t('reportForms.sectionTitle')} required>
          <Input
            value={section.title}
            maxLength={300}
            onChange={(e) =>
              change((s) => {
                s.title = e.target.value;
                keyFollows(s, e.target.value, sectionKeys(), 'phan');
              })
            }
          />
        </FieldItem>
        <Form.Item>
          <KeyInput
            value={section.key}
            onChange={(key) =>
              change((s) => {
                s.key = key;
                s.autoKey = false;
              })
            }
          />
        </Form.Item>
      </Form>
      <div className="rforms-fields">
        {section.fields.map((field, i) => (
          <FieldCard
            key={field.uid}
            field={field}
            named={isTarget(target, index, i, field.key)}
            change={part(change, (s) => s.fields[i] as (typeof s.fields)[number])}
            otherKeys={() => fieldKeys(field.uid)}
            tools={<ItemTools list={section.fields} index={i} what={what} onList={fields} keepOne />}
          />
        ))}
      </div>
      <Space wrap className="rforms-add">
        {(['number', 'text', 'table'] as const).map((kind) => (
          <Button
            key={kind}
            icon={<PlusOutlined />}
            onClick={() => add(kind)}
            disabled={section.fields.length >= 60}
          >
            {t(`reportForms.add.${kind}`)}
          </Button>
        ))}
      </Space>
    </Card>
  );
}
