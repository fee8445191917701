import { pick, type Lang } from '../language';
import { markerMeaning } from '../missing-marker';
import { periodLabel, periodLongLabel, type Period } from '../period';
import type { TargetStatus } from '../target';

/** Units a count or a ratio is measured in: the number is said without them ("12", not "12 antal"). */
const BARE_UNITS = new Set(['antal', 'number', 'st', 'kvot', 'ratio']);
/** Units whose differences are percentage points. */
const PERCENT_UNITS = /^%/;

/** "9,8 nya företag per 1 000 invånare", "79,1 %" / "79.1%", "12" (antal). */
export function valueWithUnit(number: string, unit: string, lang: Lang): string {
  const trimmed = unit.trim();
  if (trimmed === '' || BARE_UNITS.has(trimmed.toLowerCase())) return number;
  if (lang === 'en' && trimmed === '%') return `${number}%`;
  return `${number} ${trimmed}`;
}

/** A difference: in percentage points for a percentage. */
export function differenceWithUnit(number: string, unit: string, lang: Lang): string {
  if (!PERCENT_UNITS.test(unit.trim())) return number;
  return `${number} ${lang === 'sv' ? 'procentenheter' : 'percentage points'}`;
}

/** "under 2024", "under 1:a kvartalet 2024", "i januari 2024"; "in 2024", "in 2024 Q1", "in January 2024". */
export function duringPeriod(period: Period, lang: Lang): string {
  if (lang === 'en')
    return `in ${period.granularity === 'month' ? periodLongLabel(period, lang) : periodLabel(period, lang)}`;
  return `${period.granularity === 'month' ? 'i' : 'under'} ${periodLongLabel(period, lang)}`;
}

/** "2023", "3:e kvartalet 2023"; "2023", "2023 Q3". */
export function periodText(period: Period, lang: Lang): string {
  return lang === 'sv' ? periodLongLabel(period, lang) : periodLabel(period, lang);
}

/** "år 2027" / "in 2027" for a target's period. */
export function targetPeriod(period: Period, lang: Lang): string {
  if (period.granularity === 'year') return lang === 'sv' ? `år ${period.year}` : `in ${period.year}`;
  return duringPeriod(period, lang);
}

type Judged = Exclude<TargetStatus, 'no_target' | 'no_data'>;

const STATUS: Readonly<Record<Judged, { readonly sv: string; readonly en: string }>> = {
  on_track: { sv: 'och i fas mot målet', en: 'and on track for the target of' },
  at_risk: { sv: 'och med risk att inte nå målet', en: 'and at risk of missing the target of' },
  off_track: { sv: 'och inte i fas mot målet', en: 'and off track for the target of' },
};

export function isJudged(status: TargetStatus): status is Judged {
  return status === 'on_track' || status === 'at_risk' || status === 'off_track';
}

export function statusClause(status: Judged, target: string, period: Period, lang: Lang): string {
  return ` ${pick(STATUS[status], lang)} ${target} ${targetPeriod(period, lang)}`;
}

/** For a direction-neutral indicator the target is stated, never judged. */
export function neutralTarget(target: string, period: Period, lang: Lang): string {
  return lang === 'sv'
    ? ` Målet är ${target} ${targetPeriod(period, lang)}.`
    : ` The target is ${target} ${targetPeriod(period, lang)}.`;
}

export function changeClause(
  difference: string | undefined,
  direction: 'higher' | 'lower',
  from: Period,
  lang: Lang,
): string {
  const when = periodText(from, lang);
  if (difference === undefined)
    return lang === 'sv' ? `, oförändrat jämfört med ${when}` : `, unchanged from ${when}`;
  if (lang === 'sv') return `, ${difference} ${direction === 'higher' ? 'högre' : 'lägre'} än ${when}`;
  return `, ${difference} ${direction} than in ${when}`;
}

export function missingSentence(period: Period, marker: string | null, lang: Lang): string {
  const meaning =
    marker !== null && marker !== '' ? ` (${marker}: ${pick(markerMeaning(marker), lang)})` : '';
  return lang === 'sv'
    ? `Värde för ${periodText(period, lang)} saknas${meaning}. `
    : `No value for ${periodText(period, lang)}${meaning}. `;
}

export function seasonalSentence(granularity: 'quarter' | 'month', lang: Lang): string {
  if (lang === 'sv')
    return granularity === 'quarter'
      ? ' Jämförelsen är med föregående kvartal och kan spegla säsongen.'
      : ' Jämförelsen är med föregående månad och kan spegla säsongen.';
  return granularity === 'quarter'
    ? ' The comparison is with the previous quarter and may reflect the season.'
    : ' The comparison is with the previous month and may reflect the season.';
}

export function provisionalSentence(period: Period, lang: Lang): string {
  return lang === 'sv'
    ? ` Värdet för ${periodText(period, lang)} är preliminärt.`
    : ` The value for ${periodText(period, lang)} is provisional.`;
}

export function inventedSentence(lang: Lang): string {
  return lang === 'sv' ? ' Värdena är påhittade exempeldata.' : ' The values are invented example data.';
}
