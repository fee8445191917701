import { describe, expect, it } from 'vitest';
import { EMPTY_LEDGER, type Ledger } from '../../src/domain/ledger';
import { ledgerReceiver, ledgerSender, samePlainData } from '../../src/workers/ledger-reuse';

const frame = (amount: number) => ({ region: '20', year: 2023, amount, file: 'ramar.csv', line: 2 });
const ledger = (amount: number): Ledger => ({ ...EMPTY_LEDGER, frames: [frame(amount)] });

/** The worker's send and the page's receive, the message cloned between them as postMessage does. */
function channel() {
  const send = ledgerSender();
  const receive = ledgerReceiver();
  return (l: Ledger) => {
    const sent = send(l);
    return { sent, got: receive(structuredClone(sent)) };
  };
}

describe('the ledger crosses to the page only when it changed', () => {
  it('sends the first ledger, then "same" for an equal one, which the page resolves to the one it has', () => {
    const cross = channel();
    const first = cross(ledger(5));
    expect(first.sent).not.toBe('same');
    expect(first.got).toEqual(ledger(5));
    const again = cross(ledger(5));
    expect(again.sent).toBe('same');
    expect(again.got).toBe(first.got);
  });

  it('sends a changed ledger anew, and after it "same" stands for the new one', () => {
    const cross = channel();
    cross(ledger(5));
    const changed = cross(ledger(6));
    expect(changed.got).toEqual(ledger(6));
    expect(cross(ledger(6)).got).toBe(changed.got);
    expect(cross(EMPTY_LEDGER).got).toEqual(EMPTY_LEDGER);
  });

  it('tells apart what JSON would not: NaN from null, undefined from absent, -0 from 0, arrays from objects', () => {
    expect(samePlainData({ a: NaN }, { a: NaN })).toBe(true);
    expect(samePlainData({ a: NaN }, { a: null })).toBe(false);
    expect(samePlainData({ a: undefined }, {})).toBe(false);
    expect(samePlainData({ a: -0 }, { a: 0 })).toBe(false);
    expect(samePlainData([1], { 0: 1 })).toBe(false);
    expect(samePlainData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(samePlainData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
  });

  it('refuses "same" before any ledger came from that worker', () => {
    expect(() => ledgerReceiver()('same')).toThrow();
  });
});

describe('a ledger the page already holds (the build’s dataset of the example data)', () => {
  it('primed on both sides before anything crossed: an equal ledger crosses as "same" and is the one the page holds', () => {
    const send = ledgerSender();
    const receive = ledgerReceiver();
    const held = ledger(5);
    receive.prime(held);
    send.prime(ledger(5));
    const sent = send(ledger(5));
    expect(sent).toBe('same');
    expect(receive(structuredClone(sent))).toBe(held);
    // A changed ledger crosses whole, and is the one after it.
    const changed = send(ledger(6));
    expect(changed).not.toBe('same');
    expect(receive(structuredClone(changed))).toEqual(ledger(6));
  });

  it('a side primed after something crossed keeps what crossed, so the two never disagree', () => {
    const send = ledgerSender();
    const receive = ledgerReceiver();
    receive.prime(ledger(5));
    // The worker answered before its priming: the ledger crossed whole …
    const first = receive(structuredClone(send(ledger(7))));
    expect(first).toEqual(ledger(7));
    // … and a late priming on either side changes nothing.
    send.prime(ledger(5));
    receive.prime(ledger(5));
    const again = send(ledger(7));
    expect(again).toBe('same');
    expect(receive(again)).toBe(first);
    expect(send(ledger(5))).not.toBe('same');
  });
});
