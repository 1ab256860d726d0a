import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { move } from './editor-state';

interface ItemToolsProps<T> {
  list: T[];
  index: number;
  /** What the item is called in the buttons' labels: "mục", "phần", "cột". */
  what: string;
  onList: (edit: (list: T[]) => void) => void;
  /** The list may not become empty (a section needs a field, a table a column). */
  keepOne?: boolean;
}

/** Move up, move down, remove (after a confirmation) for one item of a list. */
export function ItemTools<T>({ list, index, what, onList, keepOne }: ItemToolsProps<T>) {
  const { t } = useTranslation();
  const up = t('reportForms.moveUp', { what });
  const down = t('reportForms.moveDown', { what });
  const remove = t('reportForms.remove', { what });
  return (
    <Space size={4}>
      <Tooltip title={up}>
        <Button
          aria-label={up}
          icon={<ArrowUpOutlined />}
          disabled={index === 0}
          onClick={() => onList((l) => move(l, index, -1))}
        />
      </Tooltip>
      <Tooltip title={down}>
        <Button
          aria-label={down}
          icon={<ArrowDownOutlined />}
          disabled={index === list.length - 1}
          onClick={() => onList((l) => move(l, index, 1))}
        />
      </Tooltip>
      <Popconfirm
        title={t('reportForms.removeConfirm', { what })}
        okText={t('reportForms.removeOk')}
        cancelText={t('common.cancel')}
        onConfirm={() => onList((l) => void l.splice(index, 1))}
      >
        <Button aria-label={remove} danger icon={<DeleteOutlined />} disabled={keepOne && list.length <= 1} />
      </Popconfirm>
    </Space>
  );
}
