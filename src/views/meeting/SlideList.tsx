import { useEffect, useId, useRef, type ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';
import type { SlideKind } from '../../domain/meeting-deck';
import type { MessageKey } from '../../i18n/dictionary';
import type { SlideCandidate } from './meeting-model';

const GROUPS: readonly { readonly kind: SlideKind; readonly title: MessageKey }[] = [
  { kind: 'niva', title: 'meetingGroupLevels' },
  { kind: 'indikator', title: 'meetingGroupIndicators' },
  { kind: 'finans', title: 'meetingGroupFinance' },
];

/**
 * Every slide the data can show, grouped: a box puts it in the deck or takes it out, a button shows
 * it. Escape closes the list (its keys are its own, not the deck's).
 */
export function SlideList({
  id,
  candidates,
  deck,
  onToggle,
  onShow,
  onClose,
}: {
  readonly id: string;
  readonly candidates: readonly SlideCandidate[];
  /** The keys of the slides in the deck, in order. */
  readonly deck: readonly string[];
  readonly onToggle: (key: string) => void;
  readonly onShow: (index: number) => void;
  readonly onClose: () => void;
}): ReactElement {
  const { t } = useI18n();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      id={id}
      className="slide-list"
      aria-labelledby={headingId}
      data-own-keys
      data-testid="slide-list"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('meetingListTitle')}
      </h2>
      <p className="slide-list-hint">{t('meetingListHint')}</p>
      {GROUPS.map(({ kind, title }) => {
        const inGroup = candidates.filter((c) => c.kind === kind);
        if (inGroup.length === 0) return null;
        return (
          <div key={kind} className="slide-list-group">
            <h3>{t(title)}</h3>
            <ul>
              {inGroup.map((c) => (
                <SlideListItem
                  key={c.key}
                  candidate={c}
                  at={deck.indexOf(c.key)}
                  onToggle={onToggle}
                  onShow={onShow}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function SlideListItem({
  candidate,
  at,
  onToggle,
  onShow,
}: {
  readonly candidate: SlideCandidate;
  /** Its place in the deck, 0-based; -1 when it is not in it. */
  readonly at: number;
  readonly onToggle: (key: string) => void;
  readonly onShow: (index: number) => void;
}): ReactElement {
  const { t } = useI18n();
  const boxId = useId();
  return (
    <li data-testid={`slide-item-${candidate.key}`}>
      <input id={boxId} type="checkbox" checked={at >= 0} onChange={() => onToggle(candidate.key)} />
      <label htmlFor={boxId}>{candidate.label}</label>
      {at >= 0 ? (
        <button type="button" className="link-button" onClick={() => onShow(at)}>
          {t('meetingGoTo', { n: at + 1 })}
        </button>
      ) : (
        <span className="slide-list-out">({t('meetingNotInDeck')})</span>
      )}
    </li>
  );
}
