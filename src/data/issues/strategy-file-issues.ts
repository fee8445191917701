import type { LocalizedText } from '../../domain/language';
import { entry, q, type NoParams } from './issue-entry';

/**
 * A strategy file (strategifil: JSON or xlsx). The first four refuse the whole file. The rest name one
 * part the file could not give, shown after where it is (`strategy.indicators[3]`, or a sheet, row and
 * column of the workbook); the rest of the file is still read.
 */
export const STRATEGY_FILE_ISSUES = {
  strategy_not_json: entry<NoParams>('error', () => ({ sv: 'inte JSON', en: 'not JSON' })),
  strategy_not_strategy: entry<NoParams>('error', () => ({
    sv: 'ingen strategifil (varken JSON med format ”regionala-resultat-strategi” eller en arbetsbok med bladen Indikatorer, Målområden eller Mål, eller en indikatorlista)',
    en: 'not a strategy file (neither JSON with the format ”regionala-resultat-strategi” nor a workbook with the sheets Indikatorer, Målområden or Mål, nor an indicator list)',
  })),
  strategy_newer_version: entry<{ version: number; latest: number }>('error', (p) => ({
    sv: `filen har version ${p.version}, den här versionen av appen läser till och med version ${p.latest}`,
    en: `the file is version ${p.version}; this version of the app reads up to version ${p.latest}`,
  })),
  strategy_xlsx_unreadable: entry<{ detail: LocalizedText }>('error', (p) => ({
    sv: `arbetsboken kunde inte läsas: ${p.detail.sv}`,
    en: `the workbook could not be read: ${p.detail.en}`,
  })),
  strategy_part_not_object: entry<NoParams>('error', () => ({
    sv: 'inte ett objekt; lästes inte',
    en: 'not an object; not read',
  })),
  strategy_part_not_list: entry<NoParams>('error', () => ({
    sv: 'inte en lista; ingen del av den lästes',
    en: 'not a list; no part of it was read',
  })),
  strategy_text_invalid: entry<{ field: string }>('warning', (p) => ({
    sv: `fältet ${p.field} är inte text (eller inte giltig Unicode); det lämnades tomt`,
    en: `the field ${p.field} is not text (or not well-formed Unicode); it was left empty`,
  })),
  strategy_name_missing: entry<NoParams>('error', () => ({
    sv: 'namn saknas (eller är inte giltig Unicode); lästes inte',
    en: 'the name is missing (or not well-formed Unicode); not read',
  })),
  strategy_id_invalid: entry<{ value: string }>('error', (p) => ({
    sv: `ogiltigt id ${q(p.value)} (små bokstäver a–z, siffror och _, först en bokstav); lästes inte`,
    en: `invalid id ${q(p.value)} (lowercase a–z, digits and _, a letter first); not read`,
  })),
  strategy_id_repeated: entry<{ other: string }>('error', (p) => ({
    sv: `samma id som ${p.other}; den första gäller och den här lästes inte`,
    en: `the same id as ${p.other}; the first applies and this one was not read`,
  })),
  strategy_level_invalid: entry<{ value: string }>('error', (p) => ({
    sv: `okänd nivå i effektkedjan ${q(p.value)} (resurser, aktiviteter, prestationer, utfall, kortsiktiga effekter, långsiktiga effekter); lästes inte`,
    en: `unknown level of the effect chain ${q(p.value)} (resurser, aktiviteter, prestationer, utfall, kortsiktiga effekter, långsiktiga effekter); not read`,
  })),
  strategy_direction_invalid: entry<{ value: string }>('error', (p) => ({
    sv: `okänd riktning ${q(p.value)} (högre är bättre, lägre är bättre, neutral); lästes inte`,
    en: `unknown direction ${q(p.value)} (högre är bättre, lägre är bättre, neutral); not read`,
  })),
  strategy_decimals_invalid: entry<{ value: string }>('warning', (p) => ({
    sv: `decimaler ${q(p.value)} är inte ett heltal 0–10; 1 används`,
    en: `decimals ${q(p.value)} is not a whole number 0–10; 1 is used`,
  })),
  strategy_goal_area_unknown: entry<{ value: string }>('warning', (p) => ({
    sv: `målområdet ${q(p.value)} finns inte bland strategins målområden; det lämnades bort`,
    en: `the goal area ${q(p.value)} is not one of the strategy’s goal areas; it was left out`,
  })),
  strategy_question_invalid: entry<{ value: string }>('warning', (p) => ({
    sv: `frågan kunde inte läsas (frågetyp ${q(p.value)}: process eller summativ, och en text); indikatorn läses utan fråga`,
    en: `the question could not be read (kind ${q(p.value)}: process or summative, and a text); the indicator is read without one`,
  })),
  strategy_follow_up_invalid: entry<{ value: string }>('warning', (p) => ({
    sv: `okänd uppföljningsnivå ${q(p.value)} (nationell, regional, lokal); den lämnades bort`,
    en: `unknown follow-up level ${q(p.value)} (nationell, regional, lokal); it was left out`,
  })),
  strategy_yes_no_invalid: entry<{ value: string }>('warning', (p) => ({
    sv: `${q(p.value)} är varken ja eller nej; nej används`,
    en: `${q(p.value)} is neither ja (yes) nor nej (no); no is used`,
  })),
  strategy_region_invalid: entry<{ value: string }>('error', (p) => ({
    sv: `okänd region ${q(p.value)}; lästes inte`,
    en: `unknown region ${q(p.value)}; not read`,
  })),
  strategy_strategy_region_invalid: entry<{ value: string }>('warning', (p) => ({
    sv: `okänd region ${q(p.value)}; strategin läses utan region`,
    en: `unknown region ${q(p.value)}; the strategy is read without a region`,
  })),
  strategy_target_field: entry<{ field: string; value: string }>('error', (p) => ({
    sv: `${p.field} saknas eller är ogiltigt (${q(p.value)}); målet lästes inte`,
    en: `${p.field} is missing or invalid (${q(p.value)}); the target was not read`,
  })),
  strategy_target_baseline: entry<NoParams>('warning', () => ({
    sv: 'basåret eller basvärdet saknas eller är ogiltigt; målet läses utan baslinje',
    en: 'the baseline year or value is missing or invalid; the target is read without a baseline',
  })),
  strategy_sheet_no_name_column: entry<{ sheet: string; column: string }>('error', (p) => ({
    sv: `bladet ${q(p.sheet)} har ingen kolumn ${q(p.column)}; bladet lästes inte`,
    en: `the sheet ${q(p.sheet)} has no column ${q(p.column)}; the sheet was not read`,
  })),
  strategy_level_defaulted: entry<{ level: string; count: number }>('warning', (p) => ({
    sv: `ingen kolumn anger nivån i effektkedjan: ${p.count} indikatorer lades på nivån ${p.level}. Flytta dem till rätt nivå i Strategi-vyn.`,
    en: `no column gives the level of the effect chain: ${p.count} indicators were put on the level ${p.level}. Move them to the right level in the Strategy view.`,
  })),
  strategy_row_no_name: entry<NoParams>('error', () => ({
    sv: 'raden har värden men inget namn på indikatorn; den placerades inte',
    en: 'the row has values but no indicator name; it was not placed',
  })),
  strategy_name_repeated: entry<{ row: number }>('warning', (p) => ({
    sv: `samma namn som rad ${p.row}; den här raden fick ett eget id`,
    en: `the same name as row ${p.row}; this row got an id of its own`,
  })),
  strategy_row_id_repeated: entry<{ row: number }>('error', (p) => ({
    sv: `samma id som rad ${p.row}; den första gäller och den här raden placerades inte`,
    en: `the same id as row ${p.row}; the first applies and this row was not placed`,
  })),
  strategy_level_blank: entry<{ level: string }>('warning', (p) => ({
    sv: `nivån i effektkedjan saknas; indikatorn lades på nivån ${p.level}`,
    en: `the level of the effect chain is missing; the indicator was put on the level ${p.level}`,
  })),
  strategy_column_unused: entry<{ column: string }>('info', (p) => ({
    sv: `kolumnen ${q(p.column)} används inte; dess värden lästes inte`,
    en: `the column ${q(p.column)} is not used; its values were not read`,
  })),
};
