/** The column mapping form's region choice: asked for when no column holds regions. */
export const lanKommunSv = {
  mappingNeedsRegion:
    'Välj kolumnen med region (län eller kommun). Ingen kolumn valdes åt dig: en kolumn med årtal är ingen region.',
};

export const lanKommunEn: Record<keyof typeof lanKommunSv, string> = {
  mappingNeedsRegion:
    'Choose the column that holds the region (county or municipality). None was chosen for you: a column of years is no region.',
};
