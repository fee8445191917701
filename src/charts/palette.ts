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
export const SERIES_COLOURS: readonly string[] = ['#0072B2', '#B5480B', '#007A5E', '#9E4A83', '#8A6D00', '#3F3F9F'];

/** Chart text: the page's font, large enough for a projector. */
export const CHART_TEXT = { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", fontSize: 13, color: '#1A1A1A' } as const;

import type { TargetStatus } from '../domain/target';

/**
 * Status colours (Okabe–Ito derived, distinct for the common colour-vision deficiencies), each with a
 * pattern for the map so that colour is never the only signal.
 */
export const STATUS_STYLE: Readonly<Record<TargetStatus, { readonly colour: string; readonly decal: Readonly<Record<string, unknown>> }>> = {
  on_track: { colour: '#009E73', decal: { symbol: 'none' } },
  at_risk: { colour: '#E69F00', decal: { symbol: 'circle', symbolSize: 0.5, dashArrayX: [[4, 6]], dashArrayY: [4, 6], color: 'rgba(0,0,0,0.35)' } },
  off_track: { colour: '#D55E00', decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4, color: 'rgba(0,0,0,0.4)' } },
  no_target: { colour: '#CCCCCC', decal: { symbol: 'none' } },
  no_data: { colour: '#EEEEEE', decal: { symbol: 'rect', symbolSize: 0.4, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: '#999999' } },
};
