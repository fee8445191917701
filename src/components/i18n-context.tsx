import { createContext, useContext, useMemo, type ReactElement, type ReactNode } from 'react';
import type { Lang } from '../domain/language';
import { translator, type Translate } from '../i18n/dictionary';

interface I18n {
  readonly lang: Lang;
  readonly t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'sv', t: translator('sv') });

export function I18nProvider({
  lang,
  children,
}: {
  readonly lang: Lang;
  readonly children: ReactNode;
}): ReactElement {
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
