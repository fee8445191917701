import type { Ledger } from '../domain/ledger';

/**
 * The case ledger crosses from the import worker to the page only when it changed: thousands of case
 * objects take the page tens of milliseconds to deserialize in one go, and adding an observation
 * file leaves the ledger as it was. The worker remembers the ledger it last sent; the page the one
 * it last received from that worker; 'same' in a message stands for it.
 */
export type SentLedger = Ledger | 'same';

/** Equal plain data (arrays, objects, primitives by Object.is: NaN equals NaN, -0 not 0). */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of ka) if (!Object.hasOwn(rb, k) || !samePlainData(ra[k], rb[k])) return false;
  return true;
}

export interface LedgerSender {
  /** What to send for an import's ledger. */
  (ledger: Ledger): SentLedger;
  /**
   * The page already holds this ledger (the build's dataset of the example data, whose ledger the
   * page's receiver was primed with): taken as the last one sent, if nothing has been sent yet.
   */
  prime(ledger: Ledger): void;
}

/** The worker's side: what to send for each import's ledger. */
export function ledgerSender(): LedgerSender {
  let last: Ledger | undefined;
  let sent = false;
  return Object.assign(
    (ledger: Ledger): SentLedger => {
      const same = last !== undefined && samePlainData(last, ledger);
      sent = true;
      if (same) return 'same';
      last = ledger;
      return ledger;
    },
    {
      prime(ledger: Ledger): void {
        if (!sent) last = ledger;
      },
    },
  );
}

export interface LedgerReceiver {
  /** The ledger a message stands for. */
  (sent: SentLedger): Ledger;
  /** The ledger the page holds before the worker sent any (the worker is told to prime its side). */
  prime(ledger: Ledger): void;
}

/** The page's side, one per worker: the ledger a message stands for. */
export function ledgerReceiver(): LedgerReceiver {
  let last: Ledger | undefined;
  let received = false;
  return Object.assign(
    (sent: SentLedger): Ledger => {
      received = true;
      if (sent !== 'same') last = sent;
      if (last === undefined) throw new Error('The import worker referred to a ledger it never sent');
      return last;
    },
    {
      prime(ledger: Ledger): void {
        if (!received) last = ledger;
      },
    },
  );
}
