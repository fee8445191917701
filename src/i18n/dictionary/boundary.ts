/** A view or panel that failed while drawing: what failed, the error, the files behind it, what to do. */
export const boundarySv = {
  boundaryFailed: 'Det gick inte att visa {name}.',
  boundaryError: 'Felet: {message}',
  boundaryFiles:
    'Värdena kommer från {files}. Om felet beror på en fil kan du ta bort eller ersätta den under Källor.',
  boundaryNoFiles:
    'Om felet beror på en fil du har lagt till kan du ta bort eller ersätta den under Källor. Resten av appen fungerar.',
  boundaryRetry: 'Försök igen',
  boundaryOpenSources: 'Öppna Källor',
  boundaryView: 'vyn {view}',
  panelControls: 'valen',
  panelSummary: 'sammanfattningen av indikatorn',
  panelTrend: 'utvecklingen över tid',
  panelRanking: 'rangordningen av länen',
  panelMap: 'kartan',
  panelCountiesTable: 'tabellen över länen',
  panelCard: 'kortet för {name}',
  panelLevel: 'nivån {level}',
  panelMatrix: 'matrisen',
  panelFinanceFigures: 'nyckeltalen för anslag 1:1',
  panelCaseTable: 'ärendetabellen',
  panelChart: 'diagrammet ”{title}”',
};

export const boundaryEn: Record<keyof typeof boundarySv, string> = {
  boundaryFailed: 'Could not show {name}.',
  boundaryError: 'The error: {message}',
  boundaryFiles:
    'The values come from {files}. If a file causes the error, remove or replace it under Sources.',
  boundaryNoFiles:
    'If a file you added causes the error, remove or replace it under Sources. The rest of the app works.',
  boundaryRetry: 'Try again',
  boundaryOpenSources: 'Open Sources',
  boundaryView: 'the {view} view',
  panelControls: 'the choices',
  panelSummary: 'the indicator summary',
  panelTrend: 'the trend over time',
  panelRanking: 'the ranking of the counties',
  panelMap: 'the map',
  panelCountiesTable: 'the table of the counties',
  panelCard: 'the card for {name}',
  panelLevel: 'the level {level}',
  panelMatrix: 'the matrix',
  panelFinanceFigures: 'the key figures of appropriation 1:1',
  panelCaseTable: 'the case table',
  panelChart: 'the chart “{title}”',
};
