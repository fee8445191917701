import { CHAIN_LEVEL_INFO, CHAIN_LEVELS } from '../domain/chain-levels';
import { pick, type Lang } from '../domain/language';
import { regionByCode, regionName } from '../domain/regions';
import { q } from '../data/issues/issue-entry';
import type { StrategyFile, StrategyPartProblem } from '../data/strategy/strategy-file';
import type { Translate } from '../i18n/dictionary';

/** One problem as a line: `Indikatorer, rad 5, kolumn C (nivå) ”BRP”: okänd nivå …`. */
export function strategyProblemLine(problem: StrategyPartProblem, lang: Lang): string {
  const label = problem.label === undefined ? '' : ` ${q(problem.label)}`;
  return `${pick(problem.where, lang)}${label}: ${pick(problem.text, lang)}`;
}

/** What an opened file holds, one line each: name, region, goal areas, indicators by level, targets. */
export function holdsLines(file: StrategyFile, t: Translate, lang: Lang): string[] {
  const { strategy, targets } = file;
  const region = strategy.region === undefined ? undefined : regionByCode(strategy.region);
  const levels = CHAIN_LEVELS.map((level) => ({
    level,
    count: strategy.indicators.filter((i) => i.chainLevel === level).length,
  })).filter((l) => l.count > 0);
  const areas = strategy.goalAreas.map((g) => g.name).join(', ');
  return [
    ...(strategy.name ? [t('sfPreviewName', { name: strategy.name })] : []),
    ...(region ? [t('sfPreviewRegion', { region: regionName(region, lang) })] : []),
    `${t('sfPreviewGoalAreas', { count: strategy.goalAreas.length })}${areas ? `: ${areas}` : ''}`,
    `${t('sfPreviewIndicators', { count: strategy.indicators.length })}${
      levels.length > 0
        ? ` (${levels.map((l) => t('sfPreviewLevel', { level: CHAIN_LEVEL_INFO[l.level].label[lang], count: l.count })).join(', ')})`
        : ''
    }`,
    t('sfPreviewTargets', { count: targets.length }),
  ];
}
