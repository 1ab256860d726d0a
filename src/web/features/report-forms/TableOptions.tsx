import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Change, part } from './change';
import {
  type EditColumn,
  type EditRow,
  type EditTable,
  keyFollows,
  newColumnOf,
  newRowOf,
} from './editor-state';
import { FieldItem } from './FieldItem';
import { ItemTools } from './ItemTools';
import { KeyInput } from './KeyInput';

interface LineProps<T extends EditColumn | EditRow> {
  list: T[];
  index: number;
  what: string;
  onList: Change<T[]>;
  fallback: string;
  keepOne?: boolean;
  children?: ReactNode;
}

/** One column or fixed row: its label (the key follows it while new), its key, move and remove. */
function Line<T extends EditColumn | EditRow>({
  list,
  index,
  what,
  onList,
  fallback,
  keepOne,
  children,
}: LineProps<T>) {
  const { t } = useTranslation();
  const item = list[index] as T;
  const taken = () => new Set(list.filter((_, i) => i !== index).map((x) => x.key));
  return (
    <div className="rforms-line">
      <Input
        aria-label={t('reportForms.lineLabel', { what, n: index + 1 })}
        value={item.label}
        maxLength={200}
        onChange={(e) =>
          onList((l) => {
            const x = l[index] as T;
            x.label = e.target.value;
            keyFollows(x, e.target.value, taken(), fallback);
          })
        }
      />
      {children}
      <KeyInput
        value={item.key}
        onChange={(key) =>
          onList((l) => {
            const x = l[index] as T;
            x.key = key;
            x.autoKey = false;
          })
        }
      />
      <ItemTools list={list} index={index} what={what} onList={onList} keepOne={keepOne} />
    </div>
  );
}

/** A small table: its columns (number, text or theme of opinion) and, optionally, fixed rows such as age bands. */
export function TableOptions({ field, change }: { field: EditTable; change: Change<EditTable> }) {
  const { t } = useTranslation();
  const columns = part(change, (f) => f.columns);
  const rows = part(change, (f) => f.rows);
  const column = t('reportForms.what.column');
  const row = t('reportForms.what.row');
  return (
    <div className="rforms-table-options">
      <Typography.Text strong>{t('reportForms.columns')}</Typography.Text>
      {field.columns.map((c, i) => (
        <Line
          key={c.uid}
          list={field.columns}
          index={i}
          what={column}
          onList={columns}
          fallback="cot"
          keepOne
        >
          <Select
            aria-label={t('reportForms.columnKind')}
            value={c.kind}
            onChange={(kind) =>
              columns((l) => {
                (l[i] as EditColumn).kind = kind;
              })
            }
            options={(['number', 'text', 'theme'] as const).map((k) => ({
              value: k,
              label: t(`reportForms.columnKinds.${k}`),
            }))}
            className="rforms-column-kind"
          />
        </Line>
      ))}
      <Button
        icon={<PlusOutlined />}
        disabled={field.columns.length >= 10}
        onClick={() => change((f) => void f.columns.push(newColumnOf(f, t('reportForms.newColumn'))))}
      >
        {t('reportForms.addColumn')}
      </Button>
      <Typography.Text strong>{t('reportForms.rows')}</Typography.Text>
      <Typography.Text type="secondary">{t('reportForms.rowsHelp')}</Typography.Text>
      {field.rows.map((r, i) => (
        <Line key={r.uid} list={field.rows} index={i} what={row} onList={rows} fallback="dong" />
      ))}
      <Button
        icon={<PlusOutlined />}
        disabled={field.rows.length >= 30}
        onClick={() => change((f) => void f.rows.push(newRowOf(f, t('reportForms.newRow'))))}
      >
        {t('reportForms.addRow')}
      </Button>
      {field.rows.length === 0 ? (
        <FieldItem label={t('reportForms.maxRows')}>
          <InputNumber
            min={1}
            max={100}
            precision={0}
            value={field.maxRows}
            onChange={(value) =>
              change((f) => {
                f.maxRows = value ?? 20;
              })
            }
          />
        </FieldItem>
      ) : null}
    </div>
  );
}
