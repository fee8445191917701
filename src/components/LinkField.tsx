import { useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import { pageLinkConsent } from '../app/link-consent';
import { useI18n } from './i18n-context';

/** A link can be read when it is http or https (the address bar takes nothing else either). */
function readableLink(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link the user types here is theirs: it is fetched at once, without the question a link from a
 * shared address gets (the consent is noted for the session, like a "Hämta").
 */
export function LinkField({ onAdd }: { readonly onAdd: (url: string) => void }): ReactElement {
  const { t } = useI18n();
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const url = readableLink(text);
    setInvalid(url === undefined);
    if (!url) {
      input.current?.focus();
      return;
    }
    pageLinkConsent.grant(url);
    onAdd(url);
    setText('');
  };
  return (
    <form className="link-field" onSubmit={submit} noValidate data-testid="link-field">
      <label htmlFor={inputId}>{t('linkFieldLabel')}</label>{' '}
      <input
        ref={input}
        id={inputId}
        type="url"
        inputMode="url"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        placeholder="https://"
        data-testid="link-input"
      />{' '}
      <button type="submit" data-testid="link-add">
        {t('linkFieldAdd')}
      </button>
      {invalid ? (
        <p id={errorId} className="error-text" role="alert">
          {t('linkFieldInvalid')}
        </p>
      ) : null}
    </form>
  );
}
