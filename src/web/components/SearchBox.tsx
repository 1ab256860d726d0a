import { Input } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  label: string;
  help: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** The trimmed query, or undefined when the box was emptied. */
  onSearch: (q: string | undefined) => void;
}

/** The big search box of a list page, with its label and a line on what it finds. */
export function SearchBox({ id, label, help, placeholder, value, onChange, onSearch }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor={id} className="field-label strong">
        {label}
      </label>
      <p id={`${id}-help`} className="muted search-box-help">
        {help}
      </p>
      <Input.Search
        id={id}
        aria-describedby={`${id}-help`}
        size="large"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onSearch={(q) => onSearch(q.trim() || undefined)}
        placeholder={placeholder}
        enterButton={t('common.search')}
        allowClear
        maxLength={200}
      />
    </>
  );
}
