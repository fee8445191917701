import type { LocalizedText } from '../../domain/language';
import type { JsonSyntaxError } from '../text/json-reader';

/**
 * What is wrong in a JSON file, as parameterised codes: the issue catalogue words them. Values from
 * the file that a message quotes are given raw; the message quotes them.
 */

export type JsonSyntaxProblem = JsonSyntaxError['kind'];

export const JSON_SYNTAX_PROBLEMS: Readonly<Record<JsonSyntaxProblem, LocalizedText>> = {
  unexpected_end: {
    sv: 'filen tar slut mitt i en struktur (avkortad fil?)',
    en: 'the file ends in the middle of a structure (truncated?)',
  },
  unexpected_character: { sv: 'oväntat tecken', en: 'unexpected character' },
  bad_string: { sv: 'felaktig sträng', en: 'malformed string' },
  bad_number: { sv: 'felaktigt tal', en: 'malformed number' },
  too_deep: { sv: 'för djup nästling', en: 'nested too deep' },
  trailing_content: { sv: 'text efter JSON-dokumentets slut', en: 'text after the end of the JSON document' },
};

/** Why a record of a JSON file (an observation, a target, a Kolada entry, a JSON-stat cell) was not read. */
export type JsonRecordProblem =
  | { readonly problem: 'observation_not_object' }
  | { readonly problem: 'target_not_object' }
  | { readonly problem: 'value_not_number' }
  | { readonly problem: 'baseline_shape' }
  | { readonly problem: 'entry_not_object' }
  | { readonly problem: 'point_not_object' }
  | { readonly problem: 'cell_not_number'; readonly position: number };

export function jsonRecordProblem(p: JsonRecordProblem): LocalizedText {
  switch (p.problem) {
    case 'observation_not_object':
      return { sv: 'en observation ska vara ett objekt', en: 'an observation must be an object' };
    case 'target_not_object':
      return { sv: 'ett mål ska vara ett objekt', en: 'a target must be an object' };
    case 'value_not_number':
      return { sv: 'värdet ska vara ett tal eller null', en: 'the value must be a number or null' };
    case 'baseline_shape':
      return {
        sv: 'baslinjen ska vara {"period": …, "value": tal}',
        en: 'the baseline must be {"period": …, "value": number}',
      };
    case 'entry_not_object':
      return { sv: 'en post i "values" ska vara ett objekt', en: 'an entry in "values" must be an object' };
    case 'point_not_object':
      return { sv: 'ett värde ska vara ett objekt', en: 'a value must be an object' };
    case 'cell_not_number':
      return {
        sv: `värde nummer ${p.position} är inte ett tal`,
        en: `value number ${p.position} is not a number`,
      };
  }
}

/** Why a JSON-stat dataset cannot be read. */
export type JsonStatProblem =
  | { readonly problem: 'id_size' }
  | { readonly problem: 'dimension_size'; readonly dimension: string; readonly size: number }
  | { readonly problem: 'no_time_or_region' }
  | { readonly problem: 'value_count'; readonly found: number; readonly expected: number }
  | { readonly problem: 'value_missing' };

export function jsonStatProblem(p: JsonStatProblem): LocalizedText {
  switch (p.problem) {
    case 'id_size':
      return {
        sv: '"id" och "size" saknas eller stämmer inte med varandra',
        en: '"id" and "size" are missing or do not agree',
      };
    case 'dimension_size':
      return {
        sv: `dimensionen ”${p.dimension}” har inte ${p.size} kategorier`,
        en: `dimension "${p.dimension}" does not have ${p.size} categories`,
      };
    case 'no_time_or_region':
      return {
        sv: 'ingen tids- eller regiondimension hittades',
        en: 'no time or region dimension was found',
      };
    case 'value_count':
      return {
        sv: `"value" har ${p.found} värden men dimensionerna ger ${p.expected}`,
        en: `"value" has ${p.found} values but the dimensions make ${p.expected}`,
      };
    case 'value_missing':
      return { sv: '"value" saknas', en: '"value" is missing' };
  }
}

/** What is wrong with an indicator's formula. */
export type FormulaShapeProblem =
  | { readonly problem: 'formula_not_object' }
  | { readonly problem: 'formula_kind_unknown'; readonly kind: string | undefined }
  | { readonly problem: 'formula_of_missing' }
  | { readonly problem: 'formula_of_not_ids' }
  | { readonly problem: 'formula_sum_terms' }
  | { readonly problem: 'formula_pair'; readonly kind: string };

/** Why an indicator definition of a catalogue was not read; `id` is the indicator's. */
export type CatalogueProblem =
  | { readonly problem: 'not_object' }
  | { readonly problem: 'id_invalid'; readonly id: string | undefined }
  | { readonly problem: 'name_missing'; readonly id: string }
  | { readonly problem: 'chain_level_unknown'; readonly id: string; readonly level: string | undefined }
  | { readonly problem: 'direction_unknown'; readonly id: string; readonly direction: string }
  | { readonly problem: 'question_missing'; readonly id: string }
  | { readonly problem: 'defined_twice'; readonly id: string }
  | (FormulaShapeProblem & { readonly id: string });

function formulaShapeProblem(p: FormulaShapeProblem): LocalizedText {
  switch (p.problem) {
    case 'formula_not_object':
      return { sv: 'ska vara ett objekt', en: 'must be an object' };
    case 'formula_kind_unknown': {
      const kind = JSON.stringify(p.kind ?? null);
      return {
        sv: `har okänd sort ${kind} (ratio, share eller sum)`,
        en: `has an unknown kind ${kind} (ratio, share or sum)`,
      };
    }
    case 'formula_of_missing':
      return { sv: 'saknar "of", listan av indikatorer', en: 'lacks "of", the list of indicators' };
    case 'formula_of_not_ids':
      return { sv: '"of" ska lista indikatorers id', en: '"of" must list indicator ids' };
    case 'formula_sum_terms':
      return { sv: 'sum behöver minst två termer', en: 'sum needs at least two terms' };
    case 'formula_pair':
      return {
        sv: `${p.kind} behöver exakt två indikatorer (täljare, nämnare)`,
        en: `${p.kind} needs exactly two indicators (numerator, denominator)`,
      };
  }
}

export function catalogueProblem(p: CatalogueProblem): LocalizedText {
  switch (p.problem) {
    case 'not_object':
      return {
        sv: 'en indikator ska beskrivas med ett objekt',
        en: 'an indicator must be described by an object',
      };
    case 'id_invalid': {
      const id = JSON.stringify(p.id ?? null);
      return {
        sv: `id ${id} ska vara små ASCII-bokstäver, siffror och _`,
        en: `id ${id} must be lowercase ASCII letters, digits and _`,
      };
    }
    case 'name_missing':
      return { sv: `${p.id}: namn saknas`, en: `${p.id}: name is missing` };
    case 'chain_level_unknown': {
      const level = JSON.stringify(p.level ?? null);
      return {
        sv: `${p.id}: okänd nivå i effektkedjan ${level}`,
        en: `${p.id}: unknown chain level ${level}`,
      };
    }
    case 'direction_unknown': {
      const direction = JSON.stringify(p.direction);
      return { sv: `${p.id}: okänd riktning ${direction}`, en: `${p.id}: unknown direction ${direction}` };
    }
    case 'question_missing':
      return { sv: `${p.id}: utvärderingsfråga saknas`, en: `${p.id}: evaluation question is missing` };
    case 'defined_twice':
      return {
        sv: `${p.id} är definierad två gånger; den första gäller`,
        en: `${p.id} is defined twice; the first one holds`,
      };
    default: {
      const formula = formulaShapeProblem(p);
      return { sv: `${p.id}: formeln ${formula.sv}`, en: `${p.id}: the formula ${formula.en}` };
    }
  }
}
