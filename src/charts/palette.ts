/**
 * Colours safe for colour-blind readers (Okabe–Ito), each at least 3:1 against white so lines and
 * bars stay visible (WCAG 1.4.11). Colour never carries meaning alone: lines also differ in dash
 * and symbol, statuses carry an icon and a word.
 */
export const PALETTE = {
  selected: '#0072B2',
  riket: '#4D4D4D',
  target: '#B5480B',
  other: '#6F8FAF',
  missing: '#767676',
  axis: '#4D4D4D',
  grid: '#D9D9D9',
  text: '#1A1A1A',
} as const;

/** Further regions when several are compared (issue 3): distinct in hue and lightness. */
export const SERIES_COLOURS: readonly string[] = [
  '#0072B2',
  '#B5480B',
  '#007A5E',
  '#9E4A83',
  '#8A6D00',
  '#3F3F9F',
];

/** A line's look: colour, dash (ECharts `lineStyle.type`), width and marker. */
export interface LineLook {
  readonly colour: string;
  readonly dash: 'solid' | 'dashed' | readonly number[];
  readonly width: number;
  readonly symbol: string;
}

/** The county in focus: the only thick solid line with circles, in the only blue. */
export const FOCUS_LOOK: LineLook = { colour: '#0072B2', dash: 'solid', width: 3, symbol: 'circle' };

/** Riket, the reference: grey, dashed, squares. */
export const RIKET_LOOK: LineLook = { colour: PALETTE.riket, dash: 'dashed', width: 2, symbol: 'rect' };

/**
 * Riket as the second reference, beside a kommun's county: grey like the first, but lighter, in
 * short dense dashes (not dots: a dotted line is a target path), with a plus for a marker (every
 * built-in marker is taken by a region or a men's line).
 */
export const SECOND_REFERENCE_LOOK: LineLook = {
  colour: '#6B6B6B',
  dash: [5, 2],
  width: 2,
  symbol: 'path://M4,0H6V4H10V6H6V10H4V6H0V4H4Z',
};

/**
 * The up to six compared regions: each its own colour, dash pattern and marker, none of them the
 * focus's blue, thick line or circle, nor Riket's grey dashes.
 */
export const COMPARED_LOOKS: readonly LineLook[] = [
  { colour: '#B5480B', dash: [12, 4], width: 2, symbol: 'triangle' },
  { colour: '#007A5E', dash: [10, 3, 2, 3], width: 2, symbol: 'roundRect' },
  { colour: '#9E4A83', dash: [6, 3], width: 2, symbol: 'pin' },
  { colour: '#8A6D00', dash: [14, 3, 3, 3, 3, 3], width: 2, symbol: 'arrow' },
  { colour: '#3F3F9F', dash: [20, 5], width: 2, symbol: 'diamond' },
  { colour: '#A6304F', dash: [8, 3, 2, 3, 2, 3], width: 2, symbol: 'emptyTriangle' },
];

/**
 * Each look's men's line (kön M beside K): the same colour, dashed, its marker hollow (a drawn
 * marker, `path://…`, has no hollow form and stays as it is).
 */
export function menLook(look: LineLook): LineLook {
  const hollow =
    look.symbol.startsWith('empty') || look.symbol.startsWith('path://')
      ? look.symbol
      : `empty${look.symbol.charAt(0).toUpperCase()}${look.symbol.slice(1)}`;
  return { colour: look.colour, dash: 'dashed', width: 2, symbol: hollow };
}

/** The look of the k-th region of the trend: 0 the focus, then the compared regions. */
export function regionLook(k: number): LineLook {
  if (k === 0) return FOCUS_LOOK;
  return COMPARED_LOOKS[(k - 1) % COMPARED_LOOKS.length] ?? COMPARED_LOOKS[0] ?? RIKET_LOOK;
}

/** Chart text: the page's font, large enough for a projector. */
export const CHART_TEXT = {
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  fontSize: 13,
  color: '#1A1A1A',
} as const;

import type { TargetStatus } from '../domain/target';

/**
 * Status colours (Okabe–Ito derived, distinct for the common colour-vision deficiencies), each with a
 * pattern for the map so that colour is never the only signal.
 */
export const STATUS_STYLE: Readonly<
  Record<TargetStatus, { readonly colour: string; readonly decal: Readonly<Record<string, unknown>> }>
> = {
  on_track: { colour: '#009E73', decal: { symbol: 'none' } },
  at_risk: {
    colour: '#E69F00',
    decal: {
      symbol: 'circle',
      symbolSize: 0.5,
      dashArrayX: [[4, 6]],
      dashArrayY: [4, 6],
      color: 'rgba(0,0,0,0.35)',
    },
  },
  off_track: {
    colour: '#D55E00',
    decal: {
      symbol: 'rect',
      symbolSize: 1,
      dashArrayX: [1, 0],
      dashArrayY: [2, 5],
      rotation: Math.PI / 4,
      color: 'rgba(0,0,0,0.4)',
    },
  },
  no_target: { colour: '#CCCCCC', decal: { symbol: 'none' } },
  no_data: {
    colour: '#EEEEEE',
    decal: {
      symbol: 'rect',
      symbolSize: 0.4,
      dashArrayX: [1, 0],
      dashArrayY: [2, 4],
      rotation: -Math.PI / 4,
      color: '#999999',
    },
  },
};
