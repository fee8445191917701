import { describe, expect, it } from 'vitest';
import { assessmentFor, withAssessment, type Assessment } from '../../src/domain/assessment';
import { notesFor, type Note } from '../../src/domain/notes';

const note = (id: string, parts: Partial<Note>): Note => ({
  id,
  indicator: undefined,
  region: undefined,
  period: undefined,
  author: '',
  createdAt: `2026-01-0${id}T00:00:00.000Z`,
  text: id,
  ...parts,
});

describe('notesFor', () => {
  it('gives the indicator’s notes for the region, the indicator’s for every region and the region’s own', () => {
    const notes = [
      note('3', { indicator: 'nyforetagande', region: '17' }),
      note('1', { indicator: 'nyforetagande' }),
      note('2', { region: '17' }),
      note('4', { indicator: 'nyforetagande', region: '20' }),
      note('5', { indicator: 'syss', region: '17' }),
    ];
    expect(notesFor(notes, 'nyforetagande', '17').map((n) => n.id)).toEqual(['1', '2', '3']);
  });
});

describe('assessments', () => {
  const base: Assessment = {
    id: 'a',
    question: { kind: 'summative', text: 'Ökar nyföretagandet i länet?' },
    region: '17',
    answer: 'delvis',
    motivation: '',
    indicators: [],
    author: '',
    savedAt: '2026-01-01T00:00:00.000Z',
  };
  it('one per question and region: a new one replaces the earlier', () => {
    const other = { ...base, id: 'b', region: '20' };
    const list = withAssessment([base, other], { ...base, id: 'c', answer: 'ja' });
    expect(list.map((a) => a.id)).toEqual(['b', 'c']);
    expect(assessmentFor(list, { kind: 'summative', text: base.question.text }, '17')?.answer).toBe('ja');
    expect(assessmentFor(list, { kind: 'process', text: base.question.text }, '17')).toBeUndefined();
  });
});
