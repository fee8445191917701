import { describe, expect, it } from 'vitest';
import { mergeNotes, replaceNote } from '../../src/components/workspace-preview-text';
import { planMerge } from '../../src/data/workspace/workspace-merge';
import { translator } from '../../src/i18n/dictionary';
import { SMALL_STRATEGY } from '../support/strategy-builder';
import { workspaceOf } from '../support/workspace-builder';

const t = translator('sv');

describe('opening a workspace file says what becomes of the user’s strategy', () => {
  it('replacing removes it, even when nothing else is there', () => {
    expect(replaceNote(workspaceOf({ strategy: SMALL_STRATEGY }), t)).toContain('Din strategi ersätts också');
    expect(replaceNote(workspaceOf({}), t)).toBe('Ersätt tar inte bort något: din arbetsyta är tom.');
  });

  it('adding a file with another strategy says that it replaces the user’s', () => {
    const other = { ...SMALL_STRATEGY, name: 'Annan' };
    const plan = planMerge(
      workspaceOf({ strategy: SMALL_STRATEGY }),
      workspaceOf({ strategy: other }),
      new Set(),
      0,
      () => 'x',
    );
    expect(mergeNotes(plan, t)).toContain(
      'Filens strategi ersätter din strategi helt (målområden och effektkedja).',
    );
  });
});
