import type { ReactElement } from 'react';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from './i18n-context';

/**
 * The end of a column-mapping form (for a table or a case ledger): the form's error, if any, and its
 * Save and Cancel buttons. The error is an alert as well as the field's description: when the field
 * already has focus, moving focus there says nothing.
 */
export function MappingFormEnd({
  errorId,
  problemKey,
  saveTestId,
  onCancel,
}: {
  readonly errorId: string;
  readonly problemKey: MessageKey | undefined;
  readonly saveTestId: string;
  readonly onCancel: () => void;
}): ReactElement {
  const { t } = useI18n();
  return (
    <>
      {problemKey ? (
        <p id={errorId} role="alert" className="error-text" data-testid="mapping-error">
          {t(problemKey)}
        </p>
      ) : null}
      <div className="mapping-actions">
        <button type="submit" className="primary-button" data-testid={saveTestId}>
          {t('mappingSave')}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t('mappingCancel')}
        </button>
      </div>
    </>
  );
}
