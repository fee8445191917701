import { useMemo } from 'react';
import type { TrendAnnotations } from '../../charts/trend-option';
import { useI18n } from '../../components/i18n-context';
import { useWorkspaceApi } from '../../components/workspace-context';
import { notesFor } from '../../domain/notes';
import { parsePeriod, type Period } from '../../domain/period';

/** The notes on the indicator in the region that have a period, as markers for the trend chart. */
export function useTrendAnnotations(indicator: string, region: string): TrendAnnotations | undefined {
  const { t } = useI18n();
  const notes = useWorkspaceApi()?.workspace.notes;
  return useMemo(() => {
    const items: { period: Period; text: string }[] = [];
    for (const n of notesFor(notes ?? [], indicator, region)) {
      const parsed = n.period === undefined ? undefined : parsePeriod(n.period);
      if (parsed?.ok)
        items.push({ period: parsed.period, text: n.author ? `${n.author}: ${n.text}` : n.text });
    }
    return items.length === 0 ? undefined : { label: t('noteMarker'), items };
  }, [notes, indicator, region, t]);
}
