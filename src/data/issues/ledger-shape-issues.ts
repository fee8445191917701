import { entry, q, type NoParams } from './issue-entry';

/** Where a ledger's one county came from when the file has no county column. */
export type CountyOrigin = 'option' | 'file' | 'title';

const ORIGIN: Readonly<Record<CountyOrigin, { sv: (t: string) => string; en: (t: string) => string }>> = {
  option: { sv: () => 'som du angav för filen', en: () => 'as you stated for the file' },
  file: { sv: (t) => `ur filnamnet ${q(t)}`, en: (t) => `from the file name ${q(t)}` },
  title: { sv: (t) => `ur rubrikraden ${q(t)}`, en: (t) => `from the title line ${q(t)}` },
};

/**
 * How a case ledger of anslag 1:1 was read when it is shaped as regions export it: one row per
 * payment, one county without a county column, no status column, no applied amounts.
 */
export const LEDGER_SHAPE_ISSUES = {
  ledger_payment_rows: entry<{ cases: number; rows: number }>('info', (p) => ({
    sv: `Filen lästes som en rad per utbetalning: ${p.cases} ${p.cases === 1 ? 'ärende' : 'ärenden'} ur ${p.rows} rader. Samma ärende med samma uppgifter på flera rader är utbetalningar; det utbetalda beloppet är deras summa, per utbetalningsår.`,
    en: `The file was read as one row per payment: ${p.cases} ${p.cases === 1 ? 'case' : 'cases'} from ${p.rows} rows. The same case with the same facts on several rows is payments; the amount paid is their sum, by payment year.`,
  })),
  ledger_payment_year_invalid: entry<{ value: string }>('error', (p) => ({
    sv: `Utbetalningsåret ${q(p.value)} kan inte läsas (ange ett årtal eller ett datum ÅÅÅÅ-MM-DD). Raden avvisades.`,
    en: `The payment year ${q(p.value)} cannot be read (give a year or a date YYYY-MM-DD). The row was rejected.`,
  })),
  ledger_county_constant: entry<{ county: string; origin: CountyOrigin; text: string }>('info', (p) => ({
    sv: `Filen har ingen kolumn för län: alla ärenden lästes som ${p.county}, ${ORIGIN[p.origin].sv(p.text)}.`,
    en: `The file has no county column: every case was read as ${p.county}, ${ORIGIN[p.origin].en(p.text)}.`,
  })),
  ledger_county_unknown: entry<NoParams>('error', () => ({
    sv: 'Filen har ingen kolumn för län, och varken filnamnet eller en rubrikrad namnger ett län. Ange länet för filen (Län för ärendelistan under Källor; --county i check-data), lägg till en kolumn län, eller skriv länet i filnamnet (”Ärendelista Dalarna 2023.csv”).',
    en: 'The file has no county column, and neither the file name nor a title line names a county. State the county for the file (County of the case ledger under Sources; --county in check-data), add a column län, or put the county in the file name ("Ärendelista Dalarna 2023.csv").',
  })),
  ledger_county_ambiguous: entry<{ counties: string }>('error', (p) => ({
    sv: `Filen har ingen kolumn för län, och filnamnet och rubrikraderna namnger flera län (${p.counties}). Länet gissades inte: ange det för filen.`,
    en: `The file has no county column, and the file name and title lines name several counties (${p.counties}). The county was not guessed: state it for the file.`,
  })),
  ledger_status_inferred: entry<{ granted: number; notGranted: number; pending: number }>('info', (p) => ({
    sv: `Filen har ingen statuskolumn. Ett ärende med beslutsår och ett beviljat belopp över 0 räknas som beviljat (${p.granted}); med beslutsår men inget beviljat belopp räknas det inte som beviljat (${p.notGranted}); utan beslutsår som under handläggning (${p.pending}).`,
    en: `The file has no status column. A case with a decision year and a granted amount above 0 counts as granted (${p.granted}); with a decision year but no granted amount it does not count as granted (${p.notGranted}); without a decision year as pending (${p.pending}).`,
  })),
  ledger_applied_absent: entry<NoParams>('info', () => ({
    sv: 'Filen har ingen kolumn för sökt belopp. Ansökningstrycket får därför inget värde för dessa ärenden (sökta belopp finns inte i filen) – aldrig 0; övriga mått räknas.',
    en: 'The file has no column for the amount applied for. The application pressure therefore has no value for these cases (the applied amounts are not in the file) – never 0; the other figures are computed.',
  })),
} as const;
