import type { ReactElement } from 'react';
import type { TrendAnnotations } from '../../charts/trend-option';
import { useI18n } from '../../components/i18n-context';
import { periodLabel } from '../../domain/period';

/** The notes marked on the trend chart, in words under it: the markers' text alternative. */
export function TrendNotes({ annotations }: { readonly annotations: TrendAnnotations }): ReactElement {
  const { lang } = useI18n();
  return (
    <ul className="trend-notes attribution" data-testid="trend-notes">
      {annotations.items.map((n, i) => (
        <li key={i}>
          {annotations.label} {periodLabel(n.period, lang)}: {n.text}
        </li>
      ))}
    </ul>
  );
}
