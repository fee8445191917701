import type { AboutHeaders } from '../domain/table';
import type { Translate } from '../i18n/dictionary';

/** The CSV's about columns' headers: "Period", "Enhet", "Källa", "Not". */
export function aboutHeaders(t: Translate): AboutHeaders {
  return { period: t('colPeriod'), unit: t('unit'), source: t('source'), note: t('csvNote') };
}
