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
