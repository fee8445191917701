import { entry, q } from './issue-entry';

/** How data reached the app: a link that stopped giving data in time. */
export const LOADING_ISSUES = {
  link_stalled: entry<{ url: string; seconds: number; kb: number; nothing: boolean }>('error', (p) => ({
    sv: p.nothing
      ? `Länken ${q(p.url)} gav inga data på ${p.seconds} sekunder; hämtningen avbröts. Försök igen senare, eller hämta filen och lägg till den.`
      : `Länken ${q(p.url)} gav mindre än ${p.kb} kB på ${p.seconds} sekunder; hämtningen avbröts. Försök igen senare, eller hämta filen och lägg till den.`,
    en: p.nothing
      ? `The link ${q(p.url)} gave no data in ${p.seconds} seconds; the download was stopped. Try again later, or download the file and add it.`
      : `The link ${q(p.url)} gave less than ${p.kb} kB in ${p.seconds} seconds; the download was stopped. Try again later, or download the file and add it.`,
  })),
};
