import { cleanup, configure } from '@testing-library/react';
import { use as registerEchartsModules } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { afterEach, beforeAll } from 'vitest';
import { loadECharts } from '../../src/components/EChart';

// waitFor and findBy end as soon as what they wait for is there; Testing Library's default budget of
// one second is too short on a loaded 2-core machine.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no canvas: component tests render charts with ECharts' SVG renderer.
registerEchartsModules([SVGRenderer]);

// The app starts loading ECharts at once (main.tsx); so do the tests, before the first render.
beforeAll(async () => {
  await loadECharts();
});

// jsdom lacks ResizeObserver, which the chart adapter's size sensor prefers.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) {
  Object.defineProperty(globalThis, 'ResizeObserver', { value: NoopResizeObserver, configurable: true });
}

afterEach(() => {
  cleanup();
});
