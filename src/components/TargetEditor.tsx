import { useId, useState, type FormEvent, type ReactElement } from 'react';
import { useI18n } from './i18n-context';
import { OwnTargetList } from './OwnTargetList';
import { readTargetDraft, type TargetDraft, type TargetField } from './target-form';
import { TargetForm } from './TargetForm';
import { useProblemFocus } from './use-problem-focus';
import { useWorkspaceApi } from './workspace-context';

interface TargetEditorProps {
  readonly region: string;
  readonly regionName: string;
  readonly indicator: string;
  readonly decimals: number;
}

const EMPTY_DRAFT: TargetDraft = { period: '2030', value: '', basePeriod: '', baseValue: '' };

/** Sets the county's own target for the indicator (with an optional baseline); kept with the workspace. */
export function TargetEditor({
  region,
  regionName,
  indicator,
  decimals,
}: TargetEditorProps): ReactElement | null {
  const { t } = useI18n();
  const api = useWorkspaceApi();
  const base = useId();
  const [open, setOpen] = useState(false);
  // Kept while the form is closed, so a reopened form shows what was typed.
  const [draft, setDraft] = useState<TargetDraft>(EMPTY_DRAFT);
  const focus = useProblemFocus<TargetField>();
  if (!api) return null;
  const own = api.workspace.targets.filter((tg) => tg.region === region && tg.indicator === indicator);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const read = readTargetDraft(draft, region, indicator);
    if ('problem' in read) return focus.setProblem(read.problem);
    api.addTarget(read.target);
    focus.setProblem(undefined);
    setDraft((d) => ({ ...d, value: '' }));
  };

  return (
    <div className="target-editor">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid="target-editor-toggle"
      >
        {t('targetSetOwn', { region: regionName })}
      </button>
      {open ? (
        <TargetForm
          base={base}
          regionName={regionName}
          draft={draft}
          onDraftChange={(change) => setDraft((d) => ({ ...d, ...change }))}
          focus={focus}
          onSubmit={submit}
        />
      ) : null}
      <OwnTargetList targets={own} decimals={decimals} onRemove={(tg) => api.removeTarget(tg)} />
    </div>
  );
}
