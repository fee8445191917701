/** The målområde choice on Län and Utvärderingsfrågor: the strategy's goal areas as a filter. */
export const goalAreaSv = {
  goalAreaLabel: 'Målområde',
  goalAreaAll: 'Alla målområden',
  goalAreaShowing: 'Visar målområdet {name}: {count} av strategins {total} indikatorer.',
};

export const goalAreaEn: Record<keyof typeof goalAreaSv, string> = {
  goalAreaLabel: 'Goal area',
  goalAreaAll: 'All goal areas',
  goalAreaShowing: 'Showing the goal area {name}: {count} of the strategy’s {total} indicators.',
};
