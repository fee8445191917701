import type { Lang } from '../domain/language';
import { formatNumber } from '../i18n/format';

/** A size for people: "830 kB", "12,5 MB" (1 kB = 1 024 bytes, as the limits are set). */
export function formatBytes(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${formatNumber(mb, mb >= 100 ? 0 : 1, lang)} MB`;
  return `${formatNumber(Math.ceil(bytes / 1024), 0, lang)} kB`;
}
