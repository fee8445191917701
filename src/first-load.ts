import { startFirstLoad } from './app/queries';
import { parseUrlState } from './state/url-state';

/**
 * The page's query client, with the saved workspace and the example data already on their way:
 * main.tsx imports this module first, so that this runs before React and the views are evaluated
 * (a module's imports are evaluated in order). The link's "exempel" choice decides whether the
 * first import can be the example data alone.
 */
export const queryClient = startFirstLoad(parseUrlState(window.location.search).showExample);
