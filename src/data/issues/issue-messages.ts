import type { FormulaProblem } from '../../domain/formula';
import type { LocalizedText } from '../../domain/language';
import type { PeriodProblem } from '../../domain/period';
import type { InvalidNumberReason } from '../text/number-parse';
import { formulaProblem, NUMBER_PROBLEMS, PERIOD_PROBLEMS } from './field-problems';
import {
  catalogueProblem,
  JSON_SYNTAX_PROBLEMS,
  jsonRecordProblem,
  jsonStatProblem,
  type CatalogueProblem,
  type JsonRecordProblem,
  type JsonStatProblem,
  type JsonSyntaxProblem,
} from './json-problems';
import { entry, q, type NoParams } from './issue-entry';
import { COLUMN_ISSUES } from './column-issues';
import { LEDGER_ISSUES } from './ledger-issues';
import { LEDGER_SHAPE_ISSUES } from './ledger-shape-issues';
import { KOMMUN_CODE_ISSUES } from './kommun-codes-issues';
import { CATALOGUE_LEVEL_ISSUES } from './catalogue-level-issues';
import { VALIDATION_ISSUES } from './validation-issues';
import { WORKSPACE_ISSUES } from './workspace-issues';
import { XLSX_ISSUES } from './xlsx-issues';
import { LOADING_ISSUES } from './loading-issues';
import { LOCAL_SUM_ISSUES } from './local-sum-issues';
import { PERIOD_COLUMN_ISSUES } from './period-columns-issues';
import { LAN_KOMMUN_ISSUES } from './lan-kommun-issues';
import { TABLE_SHAPE_ISSUES } from './table-shape-issues';
import { TARGET_PASTE_ISSUES } from './target-paste-issues';
import { STRATEGY_FILE_ISSUES } from './strategy-file-issues';
import { STRATEGY_ISSUES } from './strategy-issues';
import { EXEMPEL_ISSUES } from './exempel-issues';
import { LEARNING_LOG_ISSUES } from './learning-log-issues';
import { SHAPES_ISSUES } from './shapes-issues';
import { STUB_COLUMN_ISSUES } from './stub-columns-issues';

export type { Severity } from './issue-entry';

/**
 * Every problem the import can report, with its severity and its message in Swedish and English.
 * Codes are stable: tests, check-data --json and the UI key on them.
 */

export const ISSUE_CATALOG = {
  ...LEDGER_ISSUES,
  ...LEDGER_SHAPE_ISSUES,
  ...KOMMUN_CODE_ISSUES,
  ...CATALOGUE_LEVEL_ISSUES,
  ...COLUMN_ISSUES,
  ...WORKSPACE_ISSUES,
  ...XLSX_ISSUES,
  ...LOADING_ISSUES,
  ...VALIDATION_ISSUES,
  ...LOCAL_SUM_ISSUES,
  ...PERIOD_COLUMN_ISSUES,
  ...LAN_KOMMUN_ISSUES,
  ...TABLE_SHAPE_ISSUES,
  ...TARGET_PASTE_ISSUES,
  ...STRATEGY_FILE_ISSUES,
  ...STRATEGY_ISSUES,
  ...EXEMPEL_ISSUES,
  ...LEARNING_LOG_ISSUES,
  ...SHAPES_ISSUES,
  ...STUB_COLUMN_ISSUES,
  file_empty: entry<NoParams>('error', () => ({
    sv: 'Filen är tom.',
    en: 'The file is empty (empty file).',
  })),
  no_table: entry<{ count: number }>('error', (p) => ({
    sv: `Ingen tabell hittades: bara ${p.count === 1 ? 'en rubrikrad' : `${p.count} rubrikrader`} och inga kolumnrubriker eller data.`,
    en: `No table found: only ${p.count === 1 ? 'a title line' : `${p.count} title lines`}, and no column header or data.`,
  })),
  no_data_rows: entry<NoParams>('error', () => ({
    sv: 'Filen har en rubrikrad men inga datarader.',
    en: 'The file has a header but no data rows.',
  })),
  encoding_windows_1252: entry<NoParams>('warning', () => ({
    sv: 'Filen är inte UTF-8 och lästes som Windows-1252 (teckenkodning windows-1252 upptäckt). Kontrollera att å, ä och ö blev rätt.',
    en: 'The file is not UTF-8 and was read as Windows-1252 (encoding windows-1252 detected). Check that å, ä and ö came out right.',
  })),
  encoding_invalid_bytes: entry<{ column: string }>('error', (p) => ({
    sv: `Raden innehåller ogiltiga UTF-8-byte (i kolumnen ${q(p.column)}) och avvisades, så att inga trasiga tecken lagras.`,
    en: `The row contains invalid UTF-8 bytes (in column ${q(p.column)}) and was rejected, so that no broken characters are stored.`,
  })),
  replacement_character: entry<{ column: string }>('error', (p) => ({
    sv: `Kolumnen ${q(p.column)} innehåller ersättningstecknet U+FFFD, spår av en tidigare felaktig konvertering. Raden avvisades.`,
    en: `Column ${q(p.column)} contains the replacement character U+FFFD, the trace of an earlier broken conversion. The row was rejected.`,
  })),
  format_not_supported: entry<{ format: string }>('error', (p) => ({
    sv: `Formatet ${p.format} stöds inte ännu (format not supported yet). Spara som lång CSV (region;indikator;period;värde) eller vänta på stödet.`,
    en: `The ${p.format} format is not supported yet. Save it as long CSV (region;indicator;period;value) or wait for support.`,
  })),
  format_unknown: entry<NoParams>('error', () => ({
    sv: 'Filen känns inte igen som CSV eller JSON.',
    en: 'The file is not recognised as CSV or JSON.',
  })),
  json_syntax: entry<{ problem: JsonSyntaxProblem }>('error', (p) => ({
    sv: `Felaktig JSON: ${JSON_SYNTAX_PROBLEMS[p.problem].sv}.`,
    en: `Invalid JSON: ${JSON_SYNTAX_PROBLEMS[p.problem].en}.`,
  })),
  json_too_deep: entry<{ limit: number }>('error', (p) => ({
    sv: `JSON-strukturen är nästlad djupare än ${p.limit} nivåer och lästes inte.`,
    en: `The JSON structure is nested deeper than ${p.limit} levels and was not read.`,
  })),
  json_wrong_shape: entry<NoParams>('error', () => ({
    sv: 'JSON-filen har ingen känd struktur (not a recognised JSON layout): väntade ett objekt med "observations".',
    en: 'Not a recognised JSON layout: expected an object with "observations".',
  })),
  json_reserved_key: entry<{ key: string }>('warning', (p) => ({
    sv: `Nyckeln ${q(p.key)} är reserverad och ignorerades.`,
    en: `The key ${q(p.key)} is reserved and was ignored.`,
  })),
  json_record_shape: entry<JsonRecordProblem>('error', (p) => ({
    sv: `Posten kunde inte läsas: ${jsonRecordProblem(p).sv}.`,
    en: `The record could not be read: ${jsonRecordProblem(p).en}.`,
  })),
  header_duplicate: entry<{ name: string }>('error', (p) => ({
    sv: `Kolumnen ${q(p.name)} finns två gånger (duplicate column '${p.name}'); filen kan inte läsas entydigt.`,
    en: `Duplicate column '${p.name}': the file cannot be read unambiguously.`,
  })),
  header_missing_column: entry<{ role: string; accepted: string }>('error', (p) => ({
    sv: `Kolumn saknas: ${p.role} (missing column: ${p.role}). Godtagna namn: ${p.accepted}.`,
    en: `Missing column: ${p.role}. Accepted names: ${p.accepted}.`,
  })),
  header_reserved: entry<{ name: string }>('warning', (p) => ({
    sv: `Kolumnnamnet ${q(p.name)} är reserverat och kolumnen ignorerades.`,
    en: `The column name ${q(p.name)} is reserved; the column was ignored.`,
  })),
  header_unused_column: entry<{ name: string }>('info', (p) => ({
    sv: `Kolumnen ${q(p.name)} används inte och lästes inte in.`,
    en: `Column ${q(p.name)} is not used and was not read.`,
  })),
  header_unnamed_column: entry<{ position: number }>('warning', (p) => ({
    sv: `Kolumn ${p.position} saknar rubrik men har värden; den ignorerades.`,
    en: `Column ${p.position} has no header but holds values; it was ignored.`,
  })),
  header_baseline_incomplete: entry<{ present: string; missing: string }>('warning', (p) => ({
    sv: `Kolumnen ${q(p.present)} finns men inte ${q(p.missing)}; utan båda kan ingen baslinje läsas, så målbanan börjar vid första observationen.`,
    en: `Column ${q(p.present)} is there but ${q(p.missing)} is not; without both no baseline can be read, so the target path starts at the first observation.`,
  })),
  target_gender_unsupported: entry<{ value: string }>('error', (p) => ({
    sv: `Mål per kön (${q(p.value)}) stöds inte ännu; mål gäller totalen (T).`,
    en: `Targets by gender (${q(p.value)}) are not supported yet; targets apply to the total (T).`,
  })),
  title_line: entry<{ text: string }>('info', (p) => ({
    sv: `Rubrikraden ${q(p.text)} lästes som tabellens titel och hoppades över.`,
    en: `The line ${q(p.text)} was read as the table's title and skipped.`,
  })),
  footnote_line: entry<{ text: string }>('info', (p) => ({
    sv: `Raden ${q(p.text)} lästes som en fotnot och hoppades över.`,
    en: `The line ${q(p.text)} was read as a footnote and skipped.`,
  })),
  header_value_named: entry<{ name: string; id: string }>('info', (p) => ({
    sv: `Kolumnen ${q(p.name)} har tal och lästes som värdet för indikatorn ${q(p.id)}.`,
    en: `Column ${q(p.name)} holds numbers and was read as the value of indicator ${q(p.id)}.`,
  })),
  header_value_ambiguous: entry<{ columns: string }>('error', (p) => ({
    sv: `Det går inte att avgöra vilken kolumn som är värdet (${p.columns}). Välj kolumner i importsammanfattningen eller döp värdekolumnen till värde.`,
    en: `Cannot tell which column is the value (${p.columns}). Choose the columns in the import summary, or name the value column "value".`,
  })),
  mapping_invalid: entry<NoParams>('error', () => ({
    sv: 'Kolumnvalet passar inte filen (kolumner saknas eller region, period och värde är inte valda).',
    en: 'The column choice does not fit the file (columns missing, or region, period and value not chosen).',
  })),
  xlsx_unreadable: entry<{ detail: string }>('error', (p) => ({
    sv: `Arbetsboken kunde inte läsas (${p.detail}). Spara den på nytt i Excel eller som CSV.`,
    en: `The workbook could not be read (${p.detail}). Save it again in Excel, or as CSV.`,
  })),
  xlsx_sheet_missing: entry<{ sheet: string; used: string }>('warning', (p) => ({
    sv: `Bladet ${q(p.sheet)} finns inte; bladet ${q(p.used)} lästes.`,
    en: `Sheet ${q(p.sheet)} does not exist; sheet ${q(p.used)} was read.`,
  })),
  xlsx_sheets: entry<{ used: string; all: string }>('info', (p) => ({
    sv: `Arbetsboken har flera blad (${p.all}); bladet ${q(p.used)} lästes.`,
    en: `The workbook has several sheets (${p.all}); sheet ${q(p.used)} was read.`,
  })),
  kolada_more_pages: entry<{ next: string }>('info', (p) => ({
    sv: `Svaret från Kolada är en sida av flera; nästa sida (${q(p.next)}) behöver läsas in också.`,
    en: `The Kolada response is one page of several; the next page (${q(p.next)}) needs to be loaded too.`,
  })),
  jsonstat_invalid: entry<JsonStatProblem>('error', (p) => ({
    sv: `JSON-stat-datasetet kan inte läsas: ${jsonStatProblem(p).sv}.`,
    en: `The JSON-stat dataset cannot be read: ${jsonStatProblem(p).en}.`,
  })),
  jsonstat_dimension: entry<{ name: string; values: string }>('info', (p) => ({
    sv: `Dimensionen ${q(p.name)} (${p.values}) är en del av indikatorns namn.`,
    en: `Dimension ${q(p.name)} (${p.values}) is part of the indicator's name.`,
  })),
  replaced_by_later_file: entry<{ file: string; line: number }>('info', (p) => ({
    sv: `Värdet ersattes av ${q(p.file)} rad ${p.line}, som lästes in senare.`,
    en: `The value was replaced by ${q(p.file)} line ${p.line}, which was loaded later.`,
  })),
  link_failed: entry<{ url: string; problem: string; detail: string }>('error', (p) => {
    const reasons: Record<string, LocalizedText> = {
      bad_url: { sv: 'bara http- och https-länkar kan läsas', en: 'only http and https links can be read' },
      network: {
        sv: 'nätverksfel, eller så tillåter servern inte att andra webbplatser läser filen (CORS)',
        en: 'a network error, or the server does not let other sites read the file (CORS)',
      },
      http: { sv: `servern svarade ${p.detail}`, en: `the server answered ${p.detail}` },
      too_large: { sv: 'filen är större än 50 MB', en: 'the file is larger than 50 MB' },
      not_data: { sv: 'länken ger en webbsida, inte data', en: 'the link gives a web page, not data' },
      empty: { sv: 'filen är tom', en: 'the file is empty' },
    };
    const reason = reasons[p.problem] ?? { sv: p.problem, en: p.problem };
    return {
      sv: `Länken ${q(p.url)} kunde inte läsas in: ${reason.sv}.`,
      en: `The link ${q(p.url)} could not be loaded: ${reason.en}.`,
    };
  }),
  file_rejected_rows: entry<{ count: number; first: number; last: number }>('error', (p) => ({
    sv:
      p.count === 1
        ? `Filens enda datarad (rad ${p.first}) kunde inte läsas på grund av felet i rubrikraden.`
        : `Ingen av filens ${p.count} datarader (rad ${p.first}–${p.last}) kunde läsas på grund av felet i rubrikraden.`,
    en:
      p.count === 1
        ? `The file's only data row (line ${p.first}) could not be read because of the error in the header.`
        : `None of the file's ${p.count} data rows (lines ${p.first}–${p.last}) could be read because of the error in the header.`,
  })),
  field_count: entry<{ found: number; expected: number }>('error', (p) => ({
    sv: `Raden har ${p.found} fält men rubrikraden har ${p.expected}.`,
    en: `The row has ${p.found} fields but the header has ${p.expected}.`,
  })),
  unterminated_quote: entry<{ lastLine: number }>('error', (p) => ({
    sv: `Ett citattecken öppnas här men stängs aldrig; resten av filen (till rad ${p.lastLine}) blev ett enda fält och avvisades.`,
    en: `A quote opens here but never closes; the rest of the file (to line ${p.lastLine}) became one field and was rejected.`,
  })),
  text_after_quote: entry<NoParams>('error', () => ({
    sv: 'Text står direkt efter ett avslutande citattecken; raden avvisades.',
    en: 'Text follows a closing quote; the row was rejected.',
  })),
  blank_lines: entry<{ count: number; lines: string }>('info', (p) => ({
    sv:
      p.count === 1
        ? `1 tom rad hoppades över (rad ${p.lines}).`
        : `${p.count} tomma rader hoppades över (rad ${p.lines}).`,
    en:
      p.count === 1
        ? `1 blank line was skipped (line ${p.lines}).`
        : `${p.count} blank lines were skipped (lines ${p.lines}).`,
  })),
  region_empty: entry<NoParams>('error', () => ({ sv: 'Region saknas.', en: 'Region is missing.' })),
  region_unknown: entry<{ value: string; suggestion: string | undefined }>('error', (p) => ({
    sv: `Okänd region ${q(p.value)}.${p.suggestion ? ` Menade du ${p.suggestion}?` : ''}`,
    en: `Unknown region ${q(p.value)}.${p.suggestion ? ` Did you mean ${p.suggestion}?` : ''}`,
  })),
  region_former_code: entry<{ value: string; successor: string }>('error', (p) => ({
    sv: `Länskoden ${q(p.value)} användes före 1998 och motsvarar inte ett län i dag (numera ${p.successor}). Raden avvisades.`,
    en: `County code ${q(p.value)} was used before 1998 and is no county today (now ${p.successor}). The row was rejected.`,
  })),
  region_padded: entry<{ value: string; code: string; name: string }>('warning', (p) => ({
    sv: `Regionkoden ${q(p.value)} lästes som ${q(p.code)} (${p.name}): den inledande nollan saknades.`,
    en: `Region code ${q(p.value)} was read as ${q(p.code)} (${p.name}): the leading zero was missing.`,
  })),
  region_name_mismatch: entry<{ value: string; code: string; name: string }>('warning', (p) => ({
    sv: `I ${q(p.value)} hör koden ${p.code} till ${p.name}, men namnet stämmer inte. Koden användes.`,
    en: `In ${q(p.value)} the code ${p.code} belongs to ${p.name}, but the name does not match. The code was used.`,
  })),
  region_ambiguous: entry<{ value: string; county: string; municipality: string; code: string }>(
    'warning',
    (p) => ({
      sv: `${q(p.value)} lästes som ${p.county}; det finns också kommunen ${p.municipality} (${p.code}). Använd koden för att vara säker.`,
      en: `${q(p.value)} was read as ${p.county}; there is also the municipality ${p.municipality} (${p.code}). Use the code to be sure.`,
    }),
  ),
  indicator_empty: entry<NoParams>('error', () => ({ sv: 'Indikator saknas.', en: 'Indicator is missing.' })),
  indicator_not_in_catalogue: entry<{ value: string; rows: number }>('warning', (p) => ({
    sv: `Indikatorn ${q(p.value)} finns inte i katalogen (${p.rows} rader); den visas med sitt id tills den beskrivs.`,
    en: `Indicator ${q(p.value)} is not in the catalogue (${p.rows} rows); it is shown by its id until described.`,
  })),
  period_empty: entry<NoParams>('error', () => ({ sv: 'Period saknas.', en: 'Period is missing.' })),
  period_invalid: entry<{ value: string; reason: PeriodProblem }>('error', (p) => ({
    sv: `Perioden ${q(p.value)} kan inte läsas: ${PERIOD_PROBLEMS[p.reason].sv}.`,
    en: `Period ${q(p.value)} cannot be read: ${PERIOD_PROBLEMS[p.reason].en}.`,
  })),
  gender_invalid: entry<{ value: string }>('error', (p) => ({
    sv: `Okänt kön ${q(p.value)}: använd T/K/M (totalt, kvinnor, män).`,
    en: `Unknown gender ${q(p.value)}: use T/K/M (total, women, men).`,
  })),
  value_invalid: entry<{ value: string; reason: InvalidNumberReason }>('error', (p) => ({
    sv: `Värdet ${q(p.value)} är inte ett tal: ${NUMBER_PROBLEMS[p.reason].sv}.`,
    en: `Value ${q(p.value)} is not a number: ${NUMBER_PROBLEMS[p.reason].en}.`,
  })),
  value_ambiguous: entry<{ value: string; read: string; other: string }>('warning', (p) => ({
    sv: `Talet ${q(p.value)} är tvetydigt: det lästes som ${p.read}, men kan vara ${p.other} med tusentalsavgränsare. Kontrollera.`,
    en: `The number ${q(p.value)} is ambiguous: read as ${p.read}, but could be ${p.other} with a thousands separator. Please check.`,
  })),
  value_missing_in_target: entry<NoParams>('error', () => ({
    sv: 'Ett mål måste ha ett tal som målvärde.',
    en: 'A target needs a number as its value.',
  })),
  duplicate_same: entry<{ firstLine: number }>('warning', (p) => ({
    sv: `Raden upprepar rad ${p.firstLine} med samma värde och hoppades över.`,
    en: `The row repeats line ${p.firstLine} with the same value and was skipped.`,
  })),
  duplicate_conflict: entry<{ firstLine: number; first: string; second: string }>('error', (p) => ({
    sv: `Samma region, indikator, period och kön som rad ${p.firstLine}, men ett annat värde (${p.second} mot ${p.first}). Rad ${p.firstLine} behölls; denna rad avvisades.`,
    en: `Same region, indicator, period and gender as line ${p.firstLine}, but another value (${p.second} against ${p.first}). Line ${p.firstLine} was kept; this row was rejected.`,
  })),
  more_of_same: entry<{ count: number; code: string }>('info', (p) => ({
    sv: `${p.count} rader till har samma problem (${p.code}); alla radnummer finns i listan "lines".`,
    en: `${p.count} more rows have the same problem (${p.code}); every line number is in the "lines" list.`,
  })),
  internal_error: entry<{ detail: string }>('error', (p) => ({
    sv: `Ett internt fel i inläsningen stoppade filen (${p.detail}). Inget från filen lades till. Rapportera gärna felet.`,
    en: `An internal error in the import stopped the file (${p.detail}). Nothing from the file was added. Please report it.`,
  })),
  catalogue_invalid: entry<CatalogueProblem>('error', (p) => ({
    sv: `Indikatorkatalogen: ${catalogueProblem(p).sv}.`,
    en: `Indicator catalogue: ${catalogueProblem(p).en}.`,
  })),
  example_series_replaced: entry<{ count: number }>('info', (p) => ({
    sv: `${p.count} ${p.count === 1 ? 'rad' : 'rader'} av exempeldatan användes inte: dina egna filer ger samma serier (region och indikator), och de hämtas bara ur dina filer – inga påhittade år eller mål blandas med dina värden.`,
    en: `${p.count} ${p.count === 1 ? 'row' : 'rows'} of the example data were not used: your own files give the same series (region and indicator), which are taken from your files alone – no invented years or targets are mixed with your values.`,
  })),
  formula_problem: entry<FormulaProblem>('error', (p) => ({
    sv: `Indikatorn ${q(p.indicator)} kan inte beräknas: ${formulaProblem(p).sv}.`,
    en: `Indicator ${q(p.indicator)} cannot be computed: ${formulaProblem(p).en}.`,
  })),
  indicator_defined_earlier: entry<{ indicator: string; file: string }>('warning', (p) => ({
    sv: `Indikatorn ${q(p.indicator)} definieras redan i ${q(p.file)}, som lästes in före den här filen. Den definitionen gäller: den här filens namn, enhet, decimaler och övriga uppgifter om indikatorn används inte.`,
    en: `Indicator ${q(p.indicator)} is already defined in ${q(p.file)}, which was read before this file. That definition applies: this file's name, unit, decimals and other details of the indicator are not used.`,
  })),
} as const;

export type IssueCode = keyof typeof ISSUE_CATALOG;
export type IssueParams<C extends IssueCode> = Parameters<(typeof ISSUE_CATALOG)[C]['message']>[0];
