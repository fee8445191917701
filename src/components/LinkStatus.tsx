import { useSyncExternalStore, type ReactElement } from 'react';
import { hostKind, hostOf } from '../app/private-address';
import { LINK_MIN_BYTES, linkWindowMs } from '../app/link-limits';
import { linkProgress } from '../app/link-progress';
import { pick } from '../domain/language';
import { formatBytes } from './format-bytes';
import { useI18n } from './i18n-context';
import type { LinkLoad } from './use-link-loads';

/** The limit a link states: the window it waits (linkWindowMs) and the bytes it must get in it. */
const linkLimitText = (): { seconds: number; kb: number } => ({
  seconds: Math.round(linkWindowMs() / 1000),
  kb: LINK_MIN_BYTES / 1024,
});

/** What a link is doing now, in one line: its progress, or why it failed. */
export function LinkStatusLine({ load }: { readonly load: LinkLoad }): ReactElement | null {
  const { t, lang } = useI18n();
  const progress = useSyncExternalStore(
    linkProgress.subscribe,
    () => linkProgress.get(load.url),
    () => linkProgress.get(load.url),
  );
  if (load.phase === 'loading') {
    const text =
      !progress || progress.received === 0
        ? t('linkLoading', { name: load.name })
        : progress.total
          ? t('linkLoadingOf', {
              name: load.name,
              received: formatBytes(progress.received, lang),
              total: formatBytes(progress.total, lang),
            })
          : t('linkLoadingSoFar', { name: load.name, received: formatBytes(progress.received, lang) });
    return (
      <span className="link-status-text">
        {progress?.total ? (
          <progress max={progress.total} value={progress.received} aria-label={load.name} />
        ) : null}{' '}
        {text} <span className="hint">{t('linkLimit', linkLimitText())}</span>
      </span>
    );
  }
  if (load.phase === 'failed') {
    const issue = load.result && !load.result.ok ? load.result.report.issues[0] : undefined;
    return (
      <span className="link-status-text" data-testid="link-failure">
        {issue ? pick(issue.message, lang) : t('linkFailed', { name: load.name })}
      </span>
    );
  }
  if (load.phase === 'done') return <span className="link-status-text">{t('linkDone')}</span>;
  return null;
}

/** The question asked before a link from the address is fetched: its host, and whether it is the visitor's own. */
function LinkQuestion({ url }: { readonly url: string }): ReactElement {
  const { t } = useI18n();
  const kind = hostKind(url);
  return (
    <span className="link-status-text">
      {t('linkAsk', { host: hostOf(url) })}
      {kind === 'own_machine' ? <strong> {t('linkAskOwnMachine')}</strong> : null}
      {kind === 'own_network' ? <strong> {t('linkAskOwnNetwork')}</strong> : null}
    </span>
  );
}

interface LinkStatusBarProps {
  readonly loads: readonly LinkLoad[];
  readonly onAllow: (url: string) => void;
  readonly onDecline: (url: string) => void;
  readonly onRetry: (url: string) => void;
}

/**
 * The links that are not loaded yet, near the top: each asks first, then shows its own progress, and
 * says why it failed with a button to try again. The rest of the app does not wait for them.
 */
export function LinkStatusBar({
  loads,
  onAllow,
  onDecline,
  onRetry,
}: LinkStatusBarProps): ReactElement | null {
  const { t } = useI18n();
  const open = loads.filter((l) => l.phase !== 'done');
  if (open.length === 0) return null;
  return (
    <section className="link-status-bar" aria-label={t('linksRegion')} data-testid="link-status-bar">
      <ul>
        {open.map((load) => (
          <li key={load.url} data-testid="link-status" data-link-phase={load.phase} data-url={load.url}>
            {load.phase === 'ask' ? <LinkQuestion url={load.url} /> : <LinkStatusLine load={load} />}
            {load.phase === 'ask' ? (
              <>
                {' '}
                <button type="button" onClick={() => onAllow(load.url)} data-testid="link-allow">
                  {t('linkAllow')}
                </button>{' '}
                <button type="button" onClick={() => onDecline(load.url)} data-testid="link-decline">
                  {t('linkDecline')}
                </button>
              </>
            ) : null}
            {load.phase === 'failed' ? (
              <>
                {' '}
                <button
                  type="button"
                  onClick={() => onRetry(load.url)}
                  aria-label={t('linkRetryNamed', { name: load.name })}
                  data-testid="link-retry"
                >
                  {t('linkRetry')}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
