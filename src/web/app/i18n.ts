import 'dayjs/locale/vi';
import dayjs from 'dayjs';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import vi from '../locales/vi.json';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

const STORAGE_KEY = 'dangbo.lang';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be unavailable (private mode, policies): Vietnamese is the default anyway.
  }
  return 'vi';
}

/** Applies a language everywhere it shows: i18next, dayjs, `<html lang>`, and the stored choice. */
function applyLanguage(language: Language): void {
  dayjs.locale(language);
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not fatal: the choice simply does not survive a reload.
  }
}

const initial = storedLanguage();
applyLanguage(initial);

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  supportedLngs: [...languages],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

i18n.on('languageChanged', (language) => {
  if (isLanguage(language)) applyLanguage(language);
});

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'vi');

export async function changeLanguage(language: Language): Promise<void> {
  if (language !== i18n.language) await i18n.changeLanguage(language);
}

export default i18n;
