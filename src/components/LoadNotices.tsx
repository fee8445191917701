import { useSyncExternalStore, type ReactElement } from 'react';
import { MAX_FILE_BYTES, refusedFiles } from '../app/file-limit';
import { pageImportMarker } from '../app/import-marker';
import { sourceKey } from '../app/queries';
import type { Source } from '../data/workspace/workspace';
import { formatBytes } from './format-bytes';
import { useI18n } from './i18n-context';

/** The stored files whose key the marker holds as failed. */
export function useSkippedSources(sources: readonly Source[]): readonly Source[] {
  const failed = useSyncExternalStore(
    pageImportMarker.subscribe,
    pageImportMarker.failed,
    pageImportMarker.failed,
  );
  return sources.filter((s) => failed.includes(sourceKey(s)));
}

/**
 * Stored files skipped because their last import never ended (the tab crashed or it timed out):
 * each named, with "Ta bort" and "Försök läsa igen". The rest of the app runs without them.
 */
export function SkippedFiles({
  skipped,
  onRemove,
}: {
  readonly skipped: readonly Source[];
  readonly onRemove: (id: string) => void;
}): ReactElement | null {
  const { t } = useI18n();
  if (skipped.length === 0) return null;
  return (
    <div className="storage-banner" role="alert" data-testid="skipped-files">
      {skipped.map((source) => (
        <p key={source.id} data-testid="skipped-file">
          {t('skippedFile', { name: source.name })}{' '}
          <button
            type="button"
            onClick={() => {
              pageImportMarker.forget(sourceKey(source));
              onRemove(source.id);
            }}
            data-testid="skipped-remove"
          >
            {t('skippedRemove', { name: source.name })}
          </button>{' '}
          <button
            type="button"
            onClick={() => pageImportMarker.forget(sourceKey(source))}
            data-testid="skipped-retry"
          >
            {t('skippedRetry', { name: source.name })}
          </button>
        </p>
      ))}
    </div>
  );
}

/** Files refused for their size, named with their size and the limit, until dismissed. */
export function RefusedFiles(): ReactElement | null {
  const { t, lang } = useI18n();
  const refused = useSyncExternalStore(refusedFiles.subscribe, refusedFiles.get, refusedFiles.get);
  if (refused.length === 0) return null;
  return (
    <div className="storage-banner" role="alert" data-testid="refused-files">
      {refused.map((file, i) => (
        <p key={`${i}-${file.name}`}>
          {t('fileTooLarge', {
            name: file.name,
            size: formatBytes(file.size, lang),
            limit: formatBytes(MAX_FILE_BYTES, lang),
          })}
        </p>
      ))}
      <button type="button" onClick={() => refusedFiles.clear()}>
        {t('dismiss')}
      </button>
    </div>
  );
}
