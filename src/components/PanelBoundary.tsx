import { useContext, type ReactElement, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { useI18n } from './i18n-context';
import { SourcesOpener } from './sources-opener';

interface PanelBoundaryProps {
  /** What the panel is, as the failure names it ("kartan", "vyn Indikator"). */
  readonly name: string;
  /** The user's files behind the panel's values; asked only after a failure. */
  readonly files?: () => readonly string[];
  /** A change of any of these draws a failed panel again (see ErrorBoundary). */
  readonly resetKeys: readonly unknown[];
  readonly children: ReactNode;
}

function filesOf(files: (() => readonly string[]) | undefined): readonly string[] {
  try {
    return files?.() ?? [];
  } catch {
    // The data that made the panel fail may make this fail too: then no file is named.
    return [];
  }
}

function PanelFailure({
  name,
  error,
  files,
  onRetry,
}: {
  readonly name: string;
  readonly error: Error;
  readonly files: readonly string[];
  readonly onRetry: () => void;
}): ReactElement {
  const { t } = useI18n();
  const openSources = useContext(SourcesOpener);
  return (
    <section className="panel-failure" role="alert" data-testid="panel-failure" data-panel={name}>
      <p className="panel-failure-title">
        <strong>{t('boundaryFailed', { name })}</strong>
      </p>
      <p className="panel-failure-error" data-testid="panel-failure-error">
        {t('boundaryError', { message: error.message || error.name })}
      </p>
      <p>{files.length > 0 ? t('boundaryFiles', { files: files.join(', ') }) : t('boundaryNoFiles')}</p>
      <p className="panel-failure-actions">
        <button type="button" onClick={onRetry} data-testid="panel-retry">
          {t('boundaryRetry')}
        </button>
        {openSources ? (
          <button type="button" onClick={openSources} data-testid="panel-open-sources">
            {t('boundaryOpenSources')}
          </button>
        ) : null}
      </p>
    </section>
  );
}

/**
 * A view or a panel that, when it throws while drawing, shows what failed in its place — in the
 * page's language, with the error as text, the files behind it and a way to try again or to open
 * Källor — while the rest of the app keeps working.
 */
export function PanelBoundary({ name, files, resetKeys, children }: PanelBoundaryProps): ReactElement {
  return (
    <ErrorBoundary
      resetKeys={resetKeys}
      fallback={(error, reset) => (
        <PanelFailure name={name} error={error} files={filesOf(files)} onRetry={reset} />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
