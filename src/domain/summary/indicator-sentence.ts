import { clampDecimals } from '../decimals';
import { pick, type Lang } from '../language';
import { deriveFacts, type Comparison, type DerivedFacts } from './facts-derived';
import {
  changeClause,
  differenceWithUnit,
  duringPeriod,
  inventedSentence,
  isJudged,
  missingSentence,
  neutralTarget,
  periodText,
  provisionalSentence,
  seasonalSentence,
  statusClause,
  targetPeriod,
  valueWithUnit,
} from './phrases';
import { inRegion, regionNoun } from './region-phrase';
import type {
  FactPoint,
  IndicatorFacts,
  SentenceBasis,
  SentencePart,
  SummaryLocale,
  SummarySentence,
} from './summary-types';

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One indicator for one region in a sentence, from templates: its latest value, the change since the
 * comparable period, the status against the target (never judged for a neutral indicator), and what
 * the values are (missing, provisional, invented, compared with the quarter before). It names no
 * cause. Undefined when the region has no value: no sentence without a number.
 */
export function indicatorSentence(facts: IndicatorFacts, locale: SummaryLocale): SummarySentence | undefined {
  const derived = deriveFacts(facts);
  const { latest } = derived;
  if (!latest) return undefined;
  const writer = new SentenceWriter(facts, locale);
  writer.missing(derived.missing);
  writer.value(latest);
  writer.reference(derived.reference);
  writer.change(latest, derived.comparison);
  writer.status(latest);
  return writer.finish(latest, derived);
}

/** Builds a sentence's parts and its basis side by side, so every number said is in the basis. */
class SentenceWriter {
  private readonly parts: SentencePart[] = [];
  private readonly basis: SentenceBasis[] = [];
  private readonly lang: Lang;
  private readonly decimals: number;
  private readonly unit: string;

  constructor(
    private readonly facts: IndicatorFacts,
    private readonly locale: SummaryLocale,
  ) {
    this.lang = locale.lang;
    this.decimals = facts.indicator.decimals;
    this.unit = pick(facts.indicator.unit, locale.lang);
  }

  private number(value: number): string {
    return this.locale.number(value, this.decimals);
  }

  private regionLabel(code: 'own' | 'reference'): string {
    const region = code === 'own' ? this.facts.region : this.facts.reference?.region;
    return region ? capital(regionNoun(region, this.lang)) : '';
  }

  missing(missing: DerivedFacts['missing']): void {
    if (!missing) return;
    this.parts.push({ kind: 'missing', text: missingSentence(missing.period, missing.marker, this.lang) });
    this.basis.push({
      role: 'missing',
      region: this.facts.region.code,
      period: missing.period,
      value: null,
      text: `${this.regionLabel('own')} ${periodText(missing.period, this.lang)}: ${missing.marker || '..'}`,
    });
  }

  value(latest: FactPoint): void {
    const { indicator, region } = this.facts;
    const verb = this.lang === 'sv' ? 'var' : 'was';
    const value = valueWithUnit(this.number(latest.value), this.unit, this.lang);
    this.parts.push({
      kind: 'value',
      text: `${pick(indicator.name, this.lang)} ${inRegion(region, this.lang)} ${verb} ${value} ${duringPeriod(latest.period, this.lang)}`,
    });
    const provisional = this.facts.provisional
      ? this.lang === 'sv'
        ? ' (preliminärt)'
        : ' (provisional)'
      : '';
    this.addBasis('value', region.code, latest, `${this.regionLabel('own')}`, provisional);
  }

  reference(point: FactPoint | undefined): void {
    const reference = this.facts.reference;
    if (!point || !reference) return;
    const name = regionNoun(reference.region, this.lang);
    this.parts.push({ kind: 'reference', text: ` (${name}: ${this.number(point.value)})` });
    this.addBasis('reference', reference.region.code, point, this.regionLabel('reference'));
  }

  change(latest: FactPoint, comparison: Comparison | undefined): void {
    if (!comparison) return;
    const { point } = comparison;
    const rounded = Number((latest.value - point.value).toFixed(clampDecimals(this.decimals)));
    const difference =
      rounded === 0 ? undefined : differenceWithUnit(this.number(Math.abs(rounded)), this.unit, this.lang);
    this.parts.push({
      kind: 'change',
      text: changeClause(difference, rounded > 0 ? 'higher' : 'lower', point.period, this.lang),
    });
    this.addBasis('comparison', this.facts.region.code, point, this.regionLabel('own'));
  }

  status(latest: FactPoint): void {
    const { target, expected, status, indicator } = this.facts;
    if (!target) return;
    const text = this.number(target.value);
    if (indicator.direction !== 'neutral' && isJudged(status))
      this.parts.push({ kind: 'status', text: statusClause(status, text, target.period, this.lang) });
    const label = this.lang === 'sv' ? 'Mål' : 'Target';
    this.basis.push({
      role: 'target',
      region: this.facts.region.code,
      period: target.period,
      value: target.value,
      text: `${label} ${targetPeriod(target.period, this.lang)}: ${text}`,
    });
    if (expected !== undefined) {
      const path = this.lang === 'sv' ? 'Målbanan' : 'The target path';
      this.addBasis('path', this.facts.region.code, { period: latest.period, value: expected }, path);
    }
  }

  finish(latest: FactPoint, derived: DerivedFacts): SummarySentence {
    const { facts, lang } = this;
    this.parts.push({ kind: 'end', text: '.' });
    if (facts.target && facts.indicator.direction === 'neutral')
      this.parts.push({
        kind: 'target',
        text: neutralTarget(this.number(facts.target.value), facts.target.period, lang),
      });
    const granularity = latest.period.granularity;
    if (derived.comparison?.kind === 'previous' && granularity !== 'year')
      this.parts.push({ kind: 'seasonal', text: seasonalSentence(granularity, lang) });
    if (facts.provisional)
      this.parts.push({ kind: 'provisional', text: provisionalSentence(latest.period, lang) });
    if (facts.invented) this.parts.push({ kind: 'invented', text: inventedSentence(lang) });
    return {
      indicator: facts.indicator.id,
      region: facts.region.code,
      status: facts.status,
      parts: this.parts,
      basis: this.basis,
    };
  }

  private addBasis(
    role: SentenceBasis['role'],
    region: string,
    point: FactPoint,
    label: string,
    suffix = '',
  ): void {
    this.basis.push({
      role,
      region,
      period: point.period,
      value: point.value,
      text: `${label} ${periodText(point.period, this.lang)}: ${this.number(point.value)}${suffix}`,
    });
  }
}
