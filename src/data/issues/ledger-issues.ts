import { entry, q, type NoParams } from './issue-entry';
import { AMOUNT_PROBLEMS, type AmountProblem } from './field-problems';

/** The case ledger (ärendelista), the frames (ramar) and the planned shares of anslag 1:1. */
export const LEDGER_ISSUES = {
  ledger_case_id_empty: entry<NoParams>('error', () => ({
    sv: 'Ärendenummer saknas. Raden avvisades.',
    en: 'The case id is missing. The row was rejected.',
  })),
  ledger_region_not_county: entry<{ value: string }>('error', (p) => ({
    sv: `${q(p.value)} är inte ett län. Ärendelistan, ramarna och de planerade andelarna anges per län (Riket räknas fram). Raden avvisades.`,
    en: `${q(p.value)} is not a county. The ledger, the frames and the planned shares are given per county (Riket is computed). The row was rejected.`,
  })),
  ledger_support_type_unknown: entry<{ value: string }>('error', (p) => ({
    sv: `Okänd stödtyp ${q(p.value)}: ange projektstöd, företagsstöd eller kommersiell service. Raden avvisades.`,
    en: `Unknown support type ${q(p.value)}: give projektstöd, företagsstöd or kommersiell service. The row was rejected.`,
  })),
  ledger_status_unknown: entry<{ value: string }>('error', (p) => ({
    sv: `Okänd status ${q(p.value)}: ange beviljad, avslagen, under handläggning eller återtagen. Raden avvisades.`,
    en: `Unknown status ${q(p.value)}: give beviljad, avslagen, under handläggning or återtagen. The row was rejected.`,
  })),
  ledger_year_missing: entry<NoParams>('error', () => ({
    sv: 'Beslutsår saknas för ett beslutat ärende. Raden avvisades.',
    en: 'The decision year is missing for a decided case. The row was rejected.',
  })),
  ledger_year_invalid: entry<{ value: string }>('error', (p) => ({
    sv: `Året ${q(p.value)} är inte ett årtal (1990–2100). Raden avvisades.`,
    en: `The year ${q(p.value)} is not a year (1990–2100). The row was rejected.`,
  })),
  ledger_amount_missing: entry<{ column: string }>('error', (p) => ({
    sv: `Beloppet i ${q(p.column)} saknas. Raden avvisades.`,
    en: `The amount in ${q(p.column)} is missing. The row was rejected.`,
  })),
  ledger_amount_invalid: entry<{ column: string; value: string; reason: AmountProblem }>('error', (p) => ({
    sv: `Beloppet ${q(p.value)} i ${q(p.column)} kan inte läsas: ${AMOUNT_PROBLEMS[p.reason].sv}. Raden avvisades.`,
    en: `The amount ${q(p.value)} in ${q(p.column)} cannot be read: ${AMOUNT_PROBLEMS[p.reason].en}. The row was rejected.`,
  })),
  ledger_granted_exceeds_applied: entry<{ granted: string; applied: string }>('warning', (p) => ({
    sv: `Beviljat belopp (${p.granted} kr) är större än sökt belopp (${p.applied} kr). Kontrollera ärendet; raden lästes in.`,
    en: `The granted amount (SEK ${p.granted}) exceeds the amount applied for (SEK ${p.applied}). Check the case; the row was read.`,
  })),
  ledger_paid_exceeds_granted: entry<{ paid: string; granted: string }>('warning', (p) => ({
    sv: `Utbetalt belopp (${p.paid} kr) är större än beviljat belopp (${p.granted} kr). Kontrollera ärendet; raden lästes in.`,
    en: `The amount paid (SEK ${p.paid}) exceeds the amount granted (SEK ${p.granted}). Check the case; the row was read.`,
  })),
  ledger_granted_on_rejected: entry<{ status: string; granted: string }>('warning', (p) => ({
    sv: `Ärendet har status ${q(p.status)} men ett beviljat belopp (${p.granted} kr). Beloppet räknas inte som beviljat.`,
    en: `The case has status ${q(p.status)} but a granted amount (SEK ${p.granted}). The amount is not counted as granted.`,
  })),
  ledger_in_kind_exceeds: entry<{ column: string }>('warning', (p) => ({
    sv: `Naturabidraget i ${q(p.column)} är större än medfinansieringen från samma källa. Kontrollera ärendet; raden lästes in.`,
    en: `The in-kind contribution in ${q(p.column)} exceeds the co-financing from the same source. Check the case; the row was read.`,
  })),
  ledger_date_invalid: entry<{ value: string }>('warning', (p) => ({
    sv: `Datumet ${q(p.value)} kunde inte läsas (använd ÅÅÅÅ-MM-DD) och lämnades tomt; raden lästes in.`,
    en: `The date ${q(p.value)} could not be read (use YYYY-MM-DD) and was left empty; the row was read.`,
  })),
  ledger_dates_reversed: entry<{ start: string; end: string }>('warning', (p) => ({
    sv: `Slutdatum ${p.end} ligger före startdatum ${p.start}. Kontrollera ärendet; raden lästes in.`,
    en: `The end date ${p.end} is before the start date ${p.start}. Check the case; the row was read.`,
  })),
  ledger_ceo_gender_invalid: entry<{ value: string }>('warning', (p) => ({
    sv: `VD:s kön ${q(p.value)} känns inte igen (ange K eller M) och räknas som okänt; raden lästes in.`,
    en: `The CEO's gender ${q(p.value)} is not recognised (give K or M) and counts as unknown; the row was read.`,
  })),
  ledger_case_repeated: entry<{ firstLine: number }>('warning', (p) => ({
    sv: `Ärendet upprepar rad ${p.firstLine} med samma innehåll och hoppades över.`,
    en: `The case repeats line ${p.firstLine} with the same content and was skipped.`,
  })),
  ledger_case_conflict: entry<{ firstLine: number; id: string }>('error', (p) => ({
    sv: `Ärende ${q(p.id)} finns redan på rad ${p.firstLine} med annat innehåll. Rad ${p.firstLine} behölls; denna rad avvisades.`,
    en: `Case ${q(p.id)} is already on line ${p.firstLine} with other content. Line ${p.firstLine} was kept; this row was rejected.`,
  })),
  frame_conflict: entry<{ firstLine: number }>('error', (p) => ({
    sv: `Samma län och år som rad ${p.firstLine}, med en annan ram. Rad ${p.firstLine} behölls; denna rad avvisades.`,
    en: `Same county and year as line ${p.firstLine}, with another frame. Line ${p.firstLine} was kept; this row was rejected.`,
  })),
  share_conflict: entry<{ firstLine: number }>('error', (p) => ({
    sv: `Samma län, år och RUS-prioritering som rad ${p.firstLine}, med en annan andel. Rad ${p.firstLine} behölls; denna rad avvisades.`,
    en: `Same county, year and RUS priority as line ${p.firstLine}, with another share. Line ${p.firstLine} was kept; this row was rejected.`,
  })),
  share_invalid: entry<{ value: string }>('error', (p) => ({
    sv: `Den planerade andelen ${q(p.value)} är inte en procentsats mellan 0 och 100. Raden avvisades.`,
    en: `The planned share ${q(p.value)} is not a percentage between 0 and 100. The row was rejected.`,
  })),
  share_area_empty: entry<NoParams>('error', () => ({
    sv: 'RUS-prioriteringen saknas. Raden avvisades.',
    en: 'The RUS priority area is missing. The row was rejected.',
  })),
  shares_sum: entry<{ region: string; year: number; sum: string }>('warning', (p) => ({
    sv: `De planerade andelarna för ${p.region} ${p.year} summerar till ${p.sum} %, inte 100 %.`,
    en: `The planned shares for ${p.region} ${p.year} add up to ${p.sum} %, not 100 %.`,
  })),
  ledger_row_replaced: entry<{ file: string; line: number }>('info', (p) => ({
    sv: `Raden ersattes av ${q(p.file)} rad ${p.line}, som lästes in senare.`,
    en: `The row was replaced by ${q(p.file)} line ${p.line}, which was loaded later.`,
  })),
  example_ledger_replaced: entry<{ count: number; counties: string }>('info', (p) => ({
    sv: `${p.count} ${p.count === 1 ? 'rad' : 'rader'} av exempeldatan användes inte: dina egna filer ger ärendelistan, ramarna eller de planerade andelarna för ${p.counties}. Påhittade belopp visas aldrig bredvid verkliga, så exempeldatans 1:1-uppgifter används inte för något län.`,
    en: `${p.count} ${p.count === 1 ? 'row' : 'rows'} of the example data were not used: your own files give the case ledger, the frames or the planned shares for ${p.counties}. Invented amounts are never shown beside real ones, so the example's 1:1 data is used for no county.`,
  })),
  share_plan_replaced: entry<{ region: string; year: number; file: string; line: number }>('info', (p) => ({
    sv: `Den planerade fördelningen för ${p.region} ${p.year} ersattes i sin helhet av den i ${q(p.file)} (från rad ${p.line}), som lästes in senare.`,
    en: `The planned split for ${p.region} ${p.year} was replaced as a whole by the one in ${q(p.file)} (from line ${p.line}), which was loaded later.`,
  })),
} as const;
