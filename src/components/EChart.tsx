import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
} from 'react';
import { flushSync } from 'react-dom';
import type * as EChartsLibModule from './echarts-lib';
import type { EChartsType } from './echarts-lib';
import type { PlotSvg } from './echarts-svg';
import type { ChartOption } from '../charts/echarts-types';
import { inTurn } from './chart-turns';
import { useFirstDrawTurn } from './use-first-draw-turn';
import { EXPORT_PIXEL_RATIO } from './captioned-image';
import { allocateCanvas } from './echarts-platform';
import { useChartBox } from './use-chart-box';
import { probeChart } from './chart-probe';

export interface ChartRendering {
  readonly renderer: 'canvas' | 'svg';
  /** A fixed width where the page has no layout to measure (jsdom); undefined: fill the container. */
  readonly width?: number;
}

export const CHART_FINISHED_MARK = 'rr:chart-finished';

/** What a chart is made with in the browser before its own option's turn comes. */
const EMPTY_OPTION: ChartOption = {};

/**
 * A User Timing mark each time a chart has finished drawing its own option: what `npm run bench`
 * measures. A drawing made before event handlers are bound (in jsdom, the first) is marked at
 * chart-ready; the empty option a chart is made with in the browser is never marked.
 */
function markFinished(): void {
  performance.mark(CHART_FINISHED_MARK);
}

/**
 * The page's first chart is made with its option at once: the page is loading, its tasks are long
 * anyway, and the empty drawing, the turn that gives the canvas its pixels and the turn that draws the
 * option cost the first chart some 100–200 ms on a 2-core machine. Every later chart is staggered.
 */
let firstChartLeft = true;
function takeFirstChart(): boolean {
  const first = firstChartLeft;
  firstChartLeft = false;
  return first;
}

/** Canvas in the app; tests in jsdom (which has no canvas or layout) render SVG at a fixed width. */
export const ChartRendererContext = createContext<ChartRendering>({ renderer: 'canvas' });

/** What a figure may ask of its chart: a picture of it. */
export interface ChartHandle {
  toPngDataUrl(): string;
  /** The chart drawn at twice its size on a white canvas (the canvas renderer; undefined with SVG). */
  toCanvas(): HTMLCanvasElement | undefined;
  /** The chart drawn by ECharts' SVG renderer (loaded on first use). */
  toSvg(): Promise<PlotSvg>;
}

/** A figure provides this to learn of its chart (for the PNG download). */
export const ChartHandleSink = createContext<((handle: ChartHandle | null) => void) | undefined>(undefined);

type EChartsLib = typeof EChartsLibModule;

let lib: EChartsLib | undefined;
let libLoading: Promise<EChartsLib> | undefined;
/** The maps registered so far, and those loading. */
const mapsLoaded = new Set<string>();
const mapsLoading = new Map<string, Promise<void>>();

/**
 * ECharts is not in the page's first script: it loads while the import worker reads the data
 * (main.tsx starts it), or on a chart's first use, whichever comes first.
 */
export function loadECharts(): Promise<EChartsLib> {
  libLoading ??= import('./echarts-lib').then((m) => (lib = m));
  return libLoading;
}

/** A map (its modules and boundaries) loads only when it is first shown: the county map, or a county's kommun map. */
function loadMap(name: string): Promise<void> {
  let loading = mapsLoading.get(name);
  if (!loading) {
    loading = loadECharts().then((m) =>
      import('./echarts-map').then(async (map) => {
        await map.registerMap(m.echarts, name);
        mapsLoaded.add(name);
      }),
    );
    mapsLoading.set(name, loading);
  }
  return loading;
}

/** Loads and registers a map before any chart asks for it (main.tsx: the map the link's view shows). */
export function preloadMap(name: string): Promise<void> {
  return loadMap(name);
}

/** The chart library, and the map when the chart needs one: undefined until both are loaded. */
function useEChartsLib(map: string | undefined): EChartsLib | undefined {
  const [, setLoads] = useState(0);
  const current = lib && (map === undefined || mapsLoaded.has(map)) ? lib : undefined;
  useEffect(() => {
    if (current) return undefined;
    let live = true;
    void (map !== undefined ? loadMap(map).then(loadECharts) : loadECharts()).then(() => {
      if (live) setLoads((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [current, map]);
  return current;
}

export interface ChartEvents {
  readonly click?: (params: { readonly dataIndex?: number; readonly name?: string }) => void;
  readonly finished?: () => void;
}

interface EChartProps {
  readonly option: ChartOption;
  /** The chart's accessible name. */
  readonly label: string;
  /** The id of a text that describes the chart (its generated summary sentence). */
  readonly describedBy?: string;
  readonly height: number;
  readonly events?: ChartEvents;
  readonly testId?: string;
  /** The map the option draws (the county map or a county's kommun map), loaded on first use. */
  readonly map?: string;
}

/**
 * The one ECharts adapter. It passes a finished option through; the same chart instance is
 * updated with setOption when the option changes.
 */
export function EChart({
  option,
  label,
  describedBy,
  height,
  events,
  testId,
  map,
}: EChartProps): ReactElement {
  const { renderer, width } = useContext(ChartRendererContext);
  const sink = useContext(ChartHandleSink);
  const loaded = useEChartsLib(map);
  useEffect(() => () => sink?.(null), [sink]);
  // In the browser each chart is started in its turn, behind a placeholder of its size, and a changed
  // option is drawn in a task of its own (see chart-turns). In jsdom (SVG) every option is drawn at once.
  const staggered = renderer === 'canvas';
  // In the browser a chart is first made empty, and its option drawn in a later turn: making an
  // instance (echarts-for-react makes it twice, the second time inside the first one's frame) and
  // drawing an option for the first time were one task of 50–90 ms. Not the page's first chart.
  const [shown, setShown] = useState<ChartOption>(() =>
    staggered && !takeFirstChart() ? EMPTY_OPTION : option,
  );
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!staggered || !ready || shown === option) return undefined;
    return inTurn(() => flushSync(() => setShown(option)));
  }, [option, shown, staggered, ready]);
  const drawn = staggered ? shown : option;
  // The chart is made at the width its element was laid out at (known after a frame): ECharts then
  // measures nothing, where measuring in the chart's turn laid out the whole view just rendered inside
  // it (34–44 ms of a 51–66 ms task when Indikator opened with two thousand indicators).
  const { attach: attachBox, width: boxWidth, ready: boxReady } = useChartBox(staggered);
  const started = useFirstDrawTurn(staggered && loaded !== undefined && boxReady, !staggered);
  const [madeAt, setMadeAt] = useState<{ readonly width: number; readonly height: number } | undefined>(
    undefined,
  );
  if (started.now && madeAt === undefined && boxWidth !== undefined) setMadeAt({ width: boxWidth, height });
  const instance = useRef<EChartsType | undefined>(undefined);
  // Whether ECharts draws an option of the chart's, not the empty one it is made with: the handlers
  // below change with it, and echarts-for-react binds the new ones before it calls setOption (whose
  // drawing, and 'finished', are synchronous).
  const drawsOption = drawn !== EMPTY_OPTION;
  // ECharts draws an option synchronously in setOption (no animation, no lazy update), so the chart
  // shows its current option once the instance exists and the option is no longer waiting its turn.
  const onReady = useCallback(
    (made: EChartsType) => {
      instance.current = made;
      probeChart(made);
      setReady(true);
      // The canvas gets its pixels in a turn before the option's drawing (echarts-platform.ts).
      if (staggered && !drawsOption) inTurn(() => allocateCanvas(made));
      started.done();
      if (drawsOption) markFinished();
      sink?.({
        toPngDataUrl: () => made.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#FFFFFF' }),
        toCanvas: () =>
          renderer === 'canvas'
            ? made.renderToCanvas({ pixelRatio: EXPORT_PIXEL_RATIO, backgroundColor: '#FFFFFF' })
            : undefined,
        toSvg: () => import('./echarts-svg').then((m) => m.chartSvg(made)),
      });
    },
    [sink, renderer, started, drawsOption, staggered],
  );
  const onEvents = useMemo(() => {
    const handlers: Record<string, (params: unknown) => void> = {};
    if (events?.click) {
      const click = events.click;
      handlers['click'] = (params) => click(params as { dataIndex?: number; name?: string });
    }
    const finished = events?.finished;
    handlers['finished'] = () => {
      if (!drawsOption) return;
      markFinished();
      finished?.();
    };
    return handlers;
  }, [events, drawsOption]);
  // A later change of the element's width (or of the chart's height) is drawn in its turn.
  useEffect(() => {
    const chart = instance.current;
    if (!ready || !chart || boxWidth === undefined) return undefined;
    if (chart.getWidth() === boxWidth && chart.getHeight() === height) return undefined;
    return inTurn(() => {
      if (!chart.isDisposed()) chart.resize({ width: boxWidth, height });
    });
  }, [ready, boxWidth, height]);
  // Fixed once the chart is made (a change of opts makes echarts-for-react make the chart anew).
  const opts = useMemo(
    () => (width !== undefined ? { renderer, width, height } : { renderer, ...madeAt }),
    [renderer, width, height, madeAt],
  );
  const shows = staggered && ready && drawsOption;
  useEffect(() => {
    // The page's first chart is drawn: the other chart kinds are drawn off-screen in idle time
    // (loaded then too: it is not in the page's first script).
    if (shows && loaded) void import('./chart-warm-up').then((m) => m.warmUpCharts(loaded));
  }, [shows, loaded]);
  if (!loaded || !started.now)
    return (
      <div
        className="chart chart-loading"
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        data-testid={testId}
        style={{ height }}
        aria-busy="true"
        data-drawn="false"
        ref={attachBox}
      />
    );
  const current = ready && drawn === option;
  return (
    <div
      className="chart"
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      data-testid={testId}
      aria-busy={!current}
      data-drawn={current}
      ref={attachBox}
    >
      <loaded.ReactEChartsCore
        echarts={loaded.echarts}
        option={drawn}
        notMerge
        lazyUpdate={false}
        opts={opts}
        autoResize={madeAt === undefined}
        style={{ height, width: '100%' }}
        onEvents={onEvents}
        onChartReady={onReady}
      />
    </div>
  );
}
