import { useId, useMemo, useState, type ReactElement } from 'react';
import {
  parseTargetPaste,
  type PasteIndicator,
  type TargetPaste as Paste,
} from '../data/targets/target-paste';
import { planTargets, type TargetChange } from '../data/targets/target-plan';
import type { Translate } from '../i18n/dictionary';
import type { UserTarget } from '../data/workspace/workspace';
import { useI18n } from './i18n-context';
import { TargetPastePreview } from './TargetPastePreview';

interface TargetPasteProps {
  readonly indicator: PasteIndicator;
  readonly decimals: number;
  /** The user's targets now: what a pasted target would replace. */
  readonly existing: readonly UserTarget[];
  /** Adds the targets read (in one save); `replaced` of them took the place of one of the user's. */
  readonly onApply: (targets: readonly UserTarget[], replaced: number) => void;
}

/** How many rows were read, and what they do; and the columns not read. */
function summary(t: Translate, paste: Paste, plan: readonly TargetChange[]): string {
  const count = (kind: TargetChange['kind']): number => plan.filter((c) => c.kind === kind).length;
  const text = t('targetPasteSummary', {
    rows: paste.rows,
    added: count('new'),
    replaced: count('replace'),
    same: count('same'),
    rejected: paste.rejected.length,
  });
  const ignored = paste.ignoredColumns.join(', ');
  return ignored === '' ? text : `${text} ${t('targetPasteIgnored', { columns: ignored })}`;
}

/** "Klistra in från Excel": a textarea whose rows are previewed, named when not read, and added on the user's word. */
export function TargetPaste({ indicator, decimals, existing, onApply }: TargetPasteProps): ReactElement {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const paste = useMemo(() => parseTargetPaste(text, indicator), [text, indicator]);
  const plan = useMemo(
    () =>
      planTargets(
        paste.accepted.map((a) => a.target),
        existing,
      ),
    [paste, existing],
  );
  const adding = plan.filter((c) => c.kind !== 'same');
  const apply = (): void => {
    onApply(
      adding.map((c) => c.target),
      adding.filter((c) => c.kind === 'replace').length,
    );
    setText('');
  };
  return (
    <div className="target-paste" data-testid="target-paste">
      <div className="control control-wide">
        <label htmlFor={`${id}-text`}>{t('targetPasteLabel')}</label>
        <p id={`${id}-hint`} className="meta">
          {t('targetPasteHint')}
        </p>
        <textarea
          id={`${id}-text`}
          aria-describedby={`${id}-hint`}
          rows={6}
          value={text}
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          // Enter is a new line; Ctrl+Enter (⌘+Enter) adds what the preview shows.
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || adding.length === 0) return;
            e.preventDefault();
            apply();
          }}
          data-testid="target-paste-text"
        />
      </div>
      <p role="status" data-testid="target-paste-summary">
        {paste.rows > 0 ? summary(t, paste, plan) : ''}
      </p>
      {paste.rows > 0 ? <TargetPastePreview paste={paste} plan={plan} decimals={decimals} /> : null}
      <div className="target-paste-actions">
        <button
          type="button"
          className="primary-button"
          disabled={adding.length === 0}
          onClick={apply}
          data-testid="target-paste-apply"
        >
          {adding.length > 0 ? t('targetPasteApply', { count: adding.length }) : t('targetPasteApplyNone')}
        </button>
        <button type="button" className="link-button" disabled={text === ''} onClick={() => setText('')}>
          {t('targetPasteClear')}
        </button>
      </div>
    </div>
  );
}
