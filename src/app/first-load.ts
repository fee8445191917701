import { startFirstLoad } from './queries';

/**
 * The page's query client, with the saved workspace and the example data already on their way:
 * main.tsx imports this module first, so that this runs before React and the views are evaluated
 * (a module's imports are evaluated in order).
 */
export const queryClient = startFirstLoad();
