import { clampDecimals } from '../../domain/decimals';
import type { Lang } from '../../domain/language';
import { periodLabel } from '../../domain/period';
import type { PathPoint } from '../../domain/target';
import { formatNumber } from '../../i18n/format';
import type { Change } from '../summaries';

/** A change as a large figure: "+0,4" with its arrow ("±0" unchanged), rounded as it is shown. */
export function changeFigure(change: Change, decimals: number, lang: Lang): { arrow: string; value: string } {
  // toFixed throws outside 0–100: clamped, as the formatters do.
  const rounded = Number(change.value.toFixed(clampDecimals(decimals)));
  const arrow = rounded > 0 ? '↑' : rounded < 0 ? '↓' : '→';
  const sign = rounded > 0 ? '+' : rounded === 0 ? '±' : '';
  return { arrow, value: `${sign}${formatNumber(rounded, decimals, lang)}` };
}

/** A target's value and period, as numbers are written in the language. */
export function targetParts(
  target: PathPoint,
  decimals: number,
  lang: Lang,
): { target: string; period: string } {
  return { target: formatNumber(target.value, decimals, lang), period: periodLabel(target.period, lang) };
}
