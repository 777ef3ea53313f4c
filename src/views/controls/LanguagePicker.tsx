import { useId } from 'react';
import { useMessages } from '../../i18n/LocaleContext';
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from '../../i18n/locales';
import './LanguagePicker.css';

/** The Language picker: each language named in itself ("English", "Deutsch"). */
export function LanguagePicker({
  value,
  onChange,
}: {
  value: Locale;
  onChange: (locale: Locale) => void;
}) {
  const id = useId();
  const m = useMessages();
  return (
    <div className="ts-language">
      <label htmlFor={id}>{m.language}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isLocale(next)) onChange(next);
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
