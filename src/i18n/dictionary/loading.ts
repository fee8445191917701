/** How data reaches the app: links (asked, loading, failed), stored files skipped, the store, the file-size limit. */
export const loadingSv = {
  linksRegion: 'Länkade data',
  linkAsk: 'Länken hämtar data från värd {host} — hämta?',
  linkAskOwnMachine: 'Obs: värden är din egen dator.',
  linkAskOwnNetwork: 'Obs: värden finns i ditt eget nätverk (en privat eller lokal adress).',
  linkAllow: 'Hämta',
  linkDecline: 'Avstå',
  linkLoading: 'Hämtar {name} …',
  linkLoadingOf: 'Hämtar {name}: {received} av {total}',
  linkLoadingSoFar: 'Hämtar {name}: {received} hittills',
  linkLimit: 'Ger upp om mindre än {kb} kB kommer på {seconds} sekunder.',
  linkDone: 'Inläst.',
  linkFailed: '{name} kunde inte läsas in.',
  linkRetry: 'Försök igen',
  linkRetryNamed: 'Försök igen: {name}',
  storeTimeout:
    'Sparade filer kunde inte läsas: webbläsarens lagring svarade inte på {seconds} sekunder. Appen visar exempeldata; det du lägger till nu finns kvar tills sidan stängs.',
  storageTimeout:
    'Webbläsarens lagring svarade inte i tid: det du lägger till finns kvar tills sidan stängs.',
  skippedFile:
    '{name} lästes inte in: förra gången filen lästes blev inläsningen aldrig klar (fliken kraschade eller det tog för lång tid).',
  skippedRemove: 'Ta bort {name}',
  skippedRetry: 'Försök läsa igen: {name}',
  fileTooLarge: '{name} är {size} — större än gränsen {limit} — och lästes inte in. Inget annat påverkades.',
  dismiss: 'Stäng meddelandet',
  linkFieldLabel: 'Läs in data från en länk',
  linkFieldAdd: 'Hämta länken',
  linkFieldInvalid: 'Ange en hel länk som börjar med https:// eller http://.',
} as const;

export const loadingEn: Record<keyof typeof loadingSv, string> = {
  linksRegion: 'Linked data',
  linkAsk: 'The link fetches data from host {host} — fetch it?',
  linkAskOwnMachine: 'Note: the host is your own computer.',
  linkAskOwnNetwork: 'Note: the host is on your own network (a private or local address).',
  linkAllow: 'Fetch',
  linkDecline: 'Skip',
  linkLoading: 'Fetching {name} …',
  linkLoadingOf: 'Fetching {name}: {received} of {total}',
  linkLoadingSoFar: 'Fetching {name}: {received} so far',
  linkLimit: 'Gives up if less than {kb} kB arrive in {seconds} seconds.',
  linkDone: 'Loaded.',
  linkFailed: '{name} could not be loaded.',
  linkRetry: 'Try again',
  linkRetryNamed: 'Try again: {name}',
  storeTimeout:
    "Saved files could not be read: the browser's storage did not answer in {seconds} seconds. The app shows the example data; what you add now stays until the page closes.",
  storageTimeout: "The browser's storage did not answer in time: what you add stays until the page closes.",
  skippedFile:
    '{name} was not loaded: the last time this file was read, the reading never finished (the tab crashed or it took too long).',
  skippedRemove: 'Remove {name}',
  skippedRetry: 'Try reading again: {name}',
  fileTooLarge: '{name} is {size} — over the limit of {limit} — and was not read. Nothing else was affected.',
  dismiss: 'Dismiss the message',
  linkFieldLabel: 'Load data from a link',
  linkFieldAdd: 'Fetch the link',
  linkFieldInvalid: 'Give a whole link starting with https:// or http://.',
};
