import { format } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { encodeHTML } from 'zrender/lib/core/dom.js';
import { escapeHtml } from '../../src/charts/echarts-types';

describe('escapeHtml (every text from data in an ECharts HTML tooltip)', () => {
  it('is echarts.format.encodeHTML: the function taken from its own module is the one ECharts exports', () => {
    expect(encodeHTML).toBe(format.encodeHTML);
    const text = `<img src=x onerror="alert(1)">&'`;
    expect(escapeHtml(text)).toBe(format.encodeHTML(text));
    expect(escapeHtml(text)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
  });
});
