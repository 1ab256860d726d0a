import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, type Language, languages } from '../app/i18n';
import { useChangeLanguage } from '../app/language';

interface LanguageSwitchProps {
  /** Called after the user picked a language (the login page remembers that the choice was explicit). */
  onChanged?: (language: Language) => void;
  size?: 'small' | 'middle' | 'large';
}

/** Tiếng Việt / English, each label in its own language so that anyone can find theirs. */
export function LanguageSwitch({ onChanged, size = 'middle' }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const change = useChangeLanguage();
  return (
    <Radio.Group
      aria-label={t('lang.label')}
      size={size}
      optionType="button"
      value={currentLanguage()}
      options={languages.map((language) => ({
        value: language,
        label: <span lang={language}>{t(`lang.${language}`)}</span>,
      }))}
      onChange={(event) => {
        const value: unknown = event.target.value;
        if (!isLanguage(value)) return;
        void change(value).then(() => onChanged?.(value));
      }}
    />
  );
}
