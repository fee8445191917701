import type { LocalizedText } from '../../domain/language';
import { toWellFormed } from '../text/well-formed';

type Quote = (text: string) => string;
/**
 * Values from the file are quoted and shortened; they are always shown as text, never as HTML. A lone
 * surrogate (from the file, or from cutting a pair in two) is shown as U+FFFD: a message is always
 * well-formed text.
 */
export const q: Quote = (text) => `”${toWellFormed(text.length > 80 ? `${text.slice(0, 77)}…` : text)}”`;

export type Severity = 'error' | 'warning' | 'info';

export interface Entry<P> {
  readonly severity: Severity;
  readonly message: (p: P) => LocalizedText;
}

export function entry<P>(severity: Severity, message: (p: P) => LocalizedText): Entry<P> {
  return { severity, message };
}

export type NoParams = Record<string, never>;
