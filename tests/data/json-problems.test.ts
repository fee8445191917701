import { describe, expect, it } from 'vitest';
import { ISSUE_CATALOG } from '../../src/data/issues/issue-messages';

/** What is wrong in a JSON file travels as a code with parameters; the catalogue words it. */
describe('JSON problems as parameterised codes', () => {
  it('json_syntax words the kind of syntax error', () => {
    expect(ISSUE_CATALOG.json_syntax.message({ problem: 'unexpected_end' })).toEqual({
      sv: 'Felaktig JSON: filen tar slut mitt i en struktur (avkortad fil?).',
      en: 'Invalid JSON: the file ends in the middle of a structure (truncated?).',
    });
  });

  it('json_record_shape says which record and where', () => {
    expect(ISSUE_CATALOG.json_record_shape.message({ problem: 'cell_not_number', position: 7 })).toEqual({
      sv: 'Posten kunde inte läsas: värde nummer 7 är inte ett tal.',
      en: 'The record could not be read: value number 7 is not a number.',
    });
    expect(ISSUE_CATALOG.json_record_shape.message({ problem: 'target_not_object' }).en).toBe(
      'The record could not be read: a target must be an object.',
    );
  });

  it('jsonstat_invalid carries the numbers it quotes', () => {
    expect(ISSUE_CATALOG.jsonstat_invalid.message({ problem: 'value_count', found: 3, expected: 4 })).toEqual(
      {
        sv: 'JSON-stat-datasetet kan inte läsas: "value" har 3 värden men dimensionerna ger 4.',
        en: 'The JSON-stat dataset cannot be read: "value" has 3 values but the dimensions make 4.',
      },
    );
    expect(
      ISSUE_CATALOG.jsonstat_invalid.message({ problem: 'dimension_size', dimension: 'Tid', size: 2 }).sv,
    ).toBe('JSON-stat-datasetet kan inte läsas: dimensionen ”Tid” har inte 2 kategorier.');
  });

  it('catalogue_invalid quotes the values from the file as JSON', () => {
    expect(ISSUE_CATALOG.catalogue_invalid.message({ problem: 'id_invalid', id: undefined }).en).toBe(
      'Indicator catalogue: id null must be lowercase ASCII letters, digits and _.',
    );
    expect(
      ISSUE_CATALOG.catalogue_invalid.message({ problem: 'chain_level_unknown', id: 'a', level: 'x' }).sv,
    ).toBe('Indikatorkatalogen: a: okänd nivå i effektkedjan "x".');
    expect(
      ISSUE_CATALOG.catalogue_invalid.message({ problem: 'formula_pair', id: 'a', kind: 'ratio' }),
    ).toEqual({
      sv: 'Indikatorkatalogen: a: formeln ratio behöver exakt två indikatorer (täljare, nämnare).',
      en: 'Indicator catalogue: a: the formula ratio needs exactly two indicators (numerator, denominator).',
    });
  });
});
