/** The example-data switch ("Visa exempeldata") and what the page says when there is no data. */
export const exempelSv = {
  exampleSwitch: 'Visa exempeldata',
  exampleSwitchOn: 'på',
  exampleSwitchOff: 'av',
  exampleSwitchHint:
    'Exempeldatan är påhittad. Av: inga påhittade indikatorer, värden, mål, ärenden eller frågor visas, bara dina egna filer.',
  noDataHeading: 'Inga data att visa ännu',
  noDataText:
    'Lägg till filer … i sidhuvudet (CSV, JSON eller xlsx, till exempel från SCB, Kolada eller Tillväxtanalys) eller släpp dem på sidan. Vill du se hur verktyget fungerar, slå på Visa exempeldata.',
  questionNone: '(ingen utvärderingsfråga angiven)',
  ownSources: 'Data från {count} egna källor (exempeldatan visas inte):',
  ownSourcesOne: 'Data från en egen källa (exempeldatan visas inte):',
};

export const exempelEn: Record<keyof typeof exempelSv, string> = {
  exampleSwitch: 'Show example data',
  exampleSwitchOn: 'on',
  exampleSwitchOff: 'off',
  exampleSwitchHint:
    'The example data is invented. Off: no invented indicator, value, target, case or question is shown, only your own files.',
  noDataHeading: 'No data to show yet',
  noDataText:
    'Add files … in the header (CSV, JSON or xlsx, e.g. from SCB, Kolada or Tillväxtanalys) or drop them on the page. To see how the tool works, turn on Show example data.',
  questionNone: '(no evaluation question given)',
  ownSources: 'Data from {count} sources of your own (the example data is not shown):',
  ownSourcesOne: 'Data from one source of your own (the example data is not shown):',
};
