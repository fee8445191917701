import { describe, expect, it } from 'vitest';
import {
  deckOf,
  moveForKey,
  parseSlideKey,
  slideAfterChange,
  slideIndex,
  slideKey,
  toggleSlide,
  type DeckCandidate,
} from '../../src/domain/meeting-deck';

const candidates: DeckCandidate[] = [
  { key: 'niva:resurser', inDefault: true },
  { key: 'niva:utfall', inDefault: true },
  { key: 'indikator:beviljade_medel', inDefault: true },
  { key: 'indikator:nyforetagande', inDefault: true },
  { key: 'finans:uppvaxling', inDefault: false },
];
const keys = (deck: readonly DeckCandidate[]): string[] => deck.map((c) => c.key);

describe('slide keys', () => {
  it('reads back what it writes, for each kind; an id may hold a colon', () => {
    for (const ref of [
      { kind: 'niva', id: 'utfall' },
      { kind: 'indikator', id: 'nyforetagande' },
      { kind: 'finans', id: 'uppvaxling' },
      { kind: 'indikator', id: 'scb:BE0101' },
    ] as const)
      expect(parseSlideKey(slideKey(ref))).toEqual(ref);
  });

  it('is nothing for an unknown kind, no kind or no id', () => {
    for (const text of ['karta:x', 'nyforetagande', ':x', 'niva:', ''])
      expect(parseSlideKey(text)).toBeUndefined();
  });
});

describe('deckOf', () => {
  it('without a choice: the default slides, levels first, in the candidates’ order', () => {
    expect(keys(deckOf(candidates, undefined))).toEqual([
      'niva:resurser',
      'niva:utfall',
      'indikator:beviljade_medel',
      'indikator:nyforetagande',
    ]);
  });

  it('with a choice: the chosen slides in the candidates’ order, whatever order they were chosen in; unknown keys pass', () => {
    const chosen = ['finans:uppvaxling', 'indikator:nyforetagande', 'niva:resurser', 'indikator:borta'];
    expect(keys(deckOf(candidates, chosen))).toEqual([
      'niva:resurser',
      'indikator:nyforetagande',
      'finans:uppvaxling',
    ]);
    expect(deckOf(candidates, [])).toEqual([]);
  });
});

describe('toggleSlide', () => {
  it('takes a slide out of the default deck, or puts a non-default one in, keeping the order', () => {
    expect(toggleSlide(candidates, undefined, 'niva:utfall')).toEqual([
      'niva:resurser',
      'indikator:beviljade_medel',
      'indikator:nyforetagande',
    ]);
    expect(toggleSlide(candidates, undefined, 'finans:uppvaxling')).toEqual([
      'niva:resurser',
      'niva:utfall',
      'indikator:beviljade_medel',
      'indikator:nyforetagande',
      'finans:uppvaxling',
    ]);
  });

  it('is undefined (the default, a short link) when the choice is the default deck again', () => {
    const without = toggleSlide(candidates, undefined, 'niva:utfall');
    expect(toggleSlide(candidates, without, 'niva:utfall')).toBeUndefined();
  });
});

describe('slideAfterChange', () => {
  it('keeps the slide shown where it still is, else shows the one now at its place', () => {
    const before = ['a', 'b', 'c', 'd'];
    expect(slideAfterChange(before, ['a', 'c', 'd'], 2)).toBe(1);
    expect(slideAfterChange(before, ['a', 'b', 'd'], 2)).toBe(2);
    expect(slideAfterChange(before, ['a', 'b'], 3)).toBe(1);
    expect(slideAfterChange(before, [], 3)).toBe(0);
  });
});

describe('slideIndex', () => {
  it('counts the link’s slide from 1, and keeps it within the deck', () => {
    expect(slideIndex(undefined, 5)).toBe(0);
    expect(slideIndex(3, 5)).toBe(2);
    expect(slideIndex(9, 5)).toBe(4);
    expect(slideIndex(3, 0)).toBe(0);
  });
});

describe('moveForKey', () => {
  it('forward: ArrowRight and a clicker’s PageDown; back: ArrowLeft and PageUp; Home and End', () => {
    expect(moveForKey('ArrowRight', 2, 5)).toEqual({ kind: 'go', index: 3 });
    expect(moveForKey('PageDown', 2, 5)).toEqual({ kind: 'go', index: 3 });
    expect(moveForKey('ArrowLeft', 2, 5)).toEqual({ kind: 'go', index: 1 });
    expect(moveForKey('PageUp', 2, 5)).toEqual({ kind: 'go', index: 1 });
    expect(moveForKey('Home', 2, 5)).toEqual({ kind: 'go', index: 0 });
    expect(moveForKey('End', 2, 5)).toEqual({ kind: 'go', index: 4 });
  });

  it('moves nowhere past either end, and leaves on Escape even with no slides', () => {
    expect(moveForKey('ArrowRight', 4, 5)).toBeUndefined();
    expect(moveForKey('PageUp', 0, 5)).toBeUndefined();
    expect(moveForKey('Home', 0, 5)).toBeUndefined();
    expect(moveForKey('ArrowRight', 0, 0)).toBeUndefined();
    expect(moveForKey('Escape', 0, 0)).toEqual({ kind: 'leave' });
  });

  it('leaves other keys to the page', () => {
    for (const key of ['Enter', ' ', 'Tab', 'ArrowDown', 'a']) expect(moveForKey(key, 1, 5)).toBeUndefined();
  });
});
