import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAZY_SPARKLINES_ABOVE } from '../../src/views/LazySparkline';
import { QuestionsView } from '../../src/views/QuestionsView';
import { EAGER_ITEMS } from '../../src/views/use-incremental';
import { datasetFrom } from '../support/dataset-builder';
import { renderView } from '../support/render-view';

/** `count` catalogued indicators under one question (Frågor lists only those with a question). */
function indicators(count: number) {
  const ids = Array.from({ length: count }, (_, k) => `mangd_${String(k + 1).padStart(3, '0')}`);
  const catalogue = ids.map((id) => ({
    id,
    name: { sv: id, en: id },
    unit: { sv: 'antal', en: 'number' },
    chainLevel: 'utfall',
    direction: 'higher_is_better',
    question: { kind: 'summative', sv: 'Växer länet?', en: 'Does the county grow?' },
    source: 'Påhittad',
    decimals: 0,
  }));
  return datasetFrom({
    'indicators.json': JSON.stringify({ indicators: catalogue }),
    'mangd.csv': ['region;indikator;period;värde', ...ids.map((id, k) => `20;${id};2024;${k + 1}`)].join(
      '\n',
    ),
  });
}

describe('Frågor with many indicators', () => {
  it('a long list lets the browser skip the questions out of sight (leaving the view restyled thousands of elements)', () => {
    // More than a long list's threshold, few enough to be summarised in the first render.
    const count = LAZY_SPARKLINES_ABOVE + 10;
    expect(count).toBeLessThanOrEqual(EAGER_ITEMS);
    renderView(QuestionsView, indicators(count), { region: '20' });
    const lists = document.querySelectorAll('ul.question-list');
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(list.classList.contains('question-list-many')).toBe(true);
    const css = readFileSync(resolve(import.meta.dirname, '../../src/styles.css'), 'utf8');
    const rule = /\.question-list-many > \.question-item \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/content-visibility:\s*auto/);
    expect(rule).toMatch(/contain-intrinsic-size:\s*auto /);
  });

  it('a short list is drawn whole', () => {
    renderView(QuestionsView, indicators(5), { region: '20' });
    expect(document.querySelectorAll('ul.question-list').length).toBeGreaterThan(0);
    expect(document.querySelector('ul.question-list-many')).toBeNull();
  });
});
