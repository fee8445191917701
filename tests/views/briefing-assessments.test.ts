import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment';
import { briefingAssessments } from '../../src/views/briefing/briefing-notes';

function assessment(
  id: string,
  region: string,
  text: string,
  savedAt: string,
  indicators: string[] = [],
): Assessment {
  return {
    id,
    question: { kind: 'summative', text },
    region,
    answer: 'delvis',
    motivation: '',
    indicators,
    author: '',
    savedAt,
  };
}

describe('briefingAssessments: what the briefing says of the evaluation questions', () => {
  const all = [
    assessment('a-old', '20', 'Fråga A', '2026-01-01T10:00:00Z', ['nyforetagande']),
    assessment('a-new', '20', 'Fråga A', '2026-03-01T10:00:00Z', ['nyforetagande']),
    assessment('b', '20', 'Fråga B', '2026-02-01T10:00:00Z', ['arbetsloshet']),
    assessment('c', '20', 'Fråga C', '2026-01-15T10:00:00Z'),
    assessment('other', '17', 'Fråga A', '2026-06-01T10:00:00Z', ['nyforetagande']),
  ];

  it('the latest answer per question for the region, newest first', () => {
    expect(briefingAssessments(all, '20').map((a) => a.id)).toEqual(['a-new', 'b', 'c']);
    expect(briefingAssessments(all, '17').map((a) => a.id)).toEqual(['other']);
    expect(briefingAssessments(all, '01')).toEqual([]);
  });

  it('with a målområde: those resting on its indicators, and those naming none', () => {
    expect(briefingAssessments(all, '20', new Set(['arbetsloshet'])).map((a) => a.id)).toEqual(['b', 'c']);
  });
});
