import { pick, type Lang } from '../domain/language';
import { q } from '../data/issues/issue-entry';
import type { MergePlan } from '../data/workspace/workspace-merge';
import type { WorkspacePartProblem } from '../data/workspace/workspace-parts';
import type { Workspace } from '../data/workspace/workspace';
import type { Translate } from '../i18n/dictionary';

/** One unread part as a line: `sources[3] ”a.csv”: has no content; the file was not read`. */
export function problemLine(problem: WorkspacePartProblem, lang: Lang): string {
  const label = problem.label === undefined ? '' : ` ${q(problem.label)}`;
  return `${problem.part}${label}: ${pick(problem.text, lang)}`;
}

const names = (items: readonly { readonly name: string }[]): string => items.map((s) => q(s.name)).join(', ');

/** What adding the file to the user's workspace will do beyond adding, one sentence each. */
export function mergeNotes(plan: MergePlan, t: Translate): string[] {
  const notes: string[] = [t('wsMergeRule')];
  if (plan.alreadyThere.length > 0) notes.push(t('wsMergeAlreadyThere', { names: names(plan.alreadyThere) }));
  if (plan.keptApart.length > 0) notes.push(t('wsMergeKeptApart', { names: names(plan.keptApart) }));
  if (plan.replacedIndicators.length > 0)
    notes.push(t('wsMergeIndicators', { list: plan.replacedIndicators.map((i) => q(i.id)).join(', ') }));
  if (plan.replacedTargets.length > 0)
    notes.push(
      t('wsMergeTargets', {
        list: plan.replacedTargets
          .map((target) =>
            t('wsTargetItem', {
              indicator: q(target.indicator),
              region: target.region,
              period: target.period,
            }),
          )
          .join(', '),
      }),
    );
  if (plan.replacedMappings.length > 0)
    notes.push(t('wsMergeMappings', { list: plan.replacedMappings.map(q).join(', ') }));
  if (plan.replacesStrategy) notes.push(t('wsMergeStrategy'));
  return notes;
}

/** How many notes, assessments and snapshots (the learning log) a workspace holds. */
export function logCounts(w: Workspace): { notes: number; assessments: number; snapshots: number } {
  return { notes: w.notes.length, assessments: w.assessments.length, snapshots: w.snapshots.length };
}

export const logCount = (w: Workspace): number => w.notes.length + w.assessments.length + w.snapshots.length;

/** What replacing the user's workspace removes (the learning log said apart, when there is one). */
export function replaceNote(current: Workspace, t: Translate): string {
  const log = logCount(current) > 0 ? ` ${t('wsReplaceLog', logCounts(current))}` : '';
  return replaceNoteOfData(current, t) + log;
}

function replaceNoteOfData(current: Workspace, t: Translate): string {
  const { sources, indicators, targets, mappings, strategy } = current;
  if (sources.length + indicators.length + targets.length + mappings.length === 0 && !strategy)
    return t('wsReplaceNothing');
  const removes = t('wsReplaceRemoves', {
    files: sources.length > 0 ? t('wsReplaceFiles', { names: names(sources) }) : t('wsReplaceNoFiles'),
    indicators: indicators.length,
    targets: targets.length,
    mappings: mappings.length,
  });
  return strategy ? `${removes} ${t('wsReplaceStrategy')}` : removes;
}
