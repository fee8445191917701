/** A county value made from its kommuner: said wherever a value's source is. */
export const localSumSv = {
  kommunSumSource: 'summa av kommunerna ({sources})',
};

export const localSumEn: Record<keyof typeof localSumSv, string> = {
  kommunSumSource: 'sum of the municipalities ({sources})',
};
