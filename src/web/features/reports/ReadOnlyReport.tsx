import { Card } from 'antd';
import type { SubmissionDetail } from './api';
import { prefillOf } from './formState';
import { ReadOnlyField } from './ReadOnlyField';

/** A sent or accepted report as text: the asked fields, and retired ones that still hold data. */
export function ReadOnlyReport({ detail }: { detail: SubmissionDetail }) {
  return (
    <>
      {detail.definition.sections.map((section) => {
        const fields = section.fields.filter(
          (field) => !field.retired || (detail.values[field.key] ?? null) !== null,
        );
        if (fields.length === 0) return null;
        return (
          <Card key={section.key} title={<h2 className="card-title">{section.title}</h2>}>
            <div className="report-fields">
              {fields.map((field) => (
                <ReadOnlyField
                  key={field.key}
                  field={field}
                  value={detail.values[field.key]}
                  unitId={detail.unit.id}
                  prefill={
                    field.kind === 'number'
                      ? prefillOf(field.key, detail.values[field.key], detail.prefill)
                      : null
                  }
                />
              ))}
            </div>
          </Card>
        );
      })}
    </>
  );
}
