/**
 * The indicators of appropriation 1:1 that the app computes from the case ledger (ärendelista),
 * the frames (ramar) and the planned RUS shares: the ledger's sums (src/domain/ledger-measures.ts,
 * mostly not listed, inputs of the formulas) and the formulas over them. None of them is written
 * to observations.csv.
 */
import { source, type IndicatorDefinition, type Text } from './catalogue-model';

const LEDGER_SOURCE = source('regionens ärendesystem för anslag 1:1');

const MNKR: Text = { sv: 'mnkr', en: 'SEK million' };
const COUNT: Text = { sv: 'antal', en: 'number' };
const PERCENT: Text = { sv: '%', en: '%' };
const RIKET_SUM = { sv: 'Riket är summan av länen.', en: 'Riket is the sum of the counties.' };

/** A sum of the ledger's cases or frames per county and decision year (aggregation 'sum'). */
function ledgerSum(
  d: Omit<IndicatorDefinition, 'source' | 'aggregation' | 'direction' | 'question' | 'description'> & {
    readonly question: Text;
    readonly description: Text;
  },
): IndicatorDefinition {
  return {
    id: d.id,
    name: d.name,
    unit: d.unit,
    chainLevel: d.chainLevel,
    direction: 'neutral',
    question: { kind: 'process', ...d.question },
    source: LEDGER_SOURCE,
    decimals: d.decimals,
    aggregation: 'sum',
    ...(d.listed === false ? { listed: false as const } : {}),
    description: { sv: `${d.description.sv} ${RIKET_SUM.sv}`, en: `${d.description.en} ${RIKET_SUM.en}` },
  };
}

export const LEDGER_INDICATORS: readonly IndicatorDefinition[] = [
  // Resurser
  ledgerSum({
    id: 'ram_medel',
    name: { sv: 'Tillgängliga 1:1-medel (ram)', en: 'Available 1:1 funds (frame)' },
    unit: MNKR,
    chainLevel: 'resurser',
    question: {
      sv: 'Hur stora 1:1-medel har länet att besluta om?',
      en: 'How large are the 1:1 funds the county can decide on?',
    },
    decimals: 1,
    description: {
      sv: 'Den ram av anslag 1:1 Regionala tillväxtåtgärder som länet har att besluta om under året.',
      en: 'The frame of appropriation 1:1 Regional growth measures that the county can decide on during the year.',
    },
  }),
  ledgerSum({
    id: 'beviljade_medel',
    name: { sv: 'Beviljade 1:1-medel', en: 'Granted 1:1 funds' },
    unit: MNKR,
    chainLevel: 'resurser',
    question: { sv: 'Hur används anslag 1:1 i länet?', en: 'How are the 1:1 funds used in the county?' },
    decimals: 1,
    description: {
      sv: 'Beviljat belopp i ärenden med status beviljad och beslut under året, alla stödtyper (projektstöd, företagsstöd, kommersiell service). Återtagna beslut räknas inte.',
      en: 'Amount granted in cases with status granted and a decision during the year, all support types (project support, company support, commercial service). Withdrawn decisions are not counted.',
    },
  }),
  ledgerSum({
    id: 'medfinansiering',
    name: { sv: 'Medfinansiering', en: 'Co-financing' },
    unit: MNKR,
    chainLevel: 'resurser',
    listed: false,
    question: {
      sv: 'Hur mycket annan finansiering går in i projekten?',
      en: 'How much other financing goes into the projects?',
    },
    decimals: 1,
    description: {
      sv: 'All medfinansiering i de beviljade ärendena: EU-medel, annan statlig, region, kommuner och privat, kontant och i natura.',
      en: 'All co-financing in the granted cases: EU funds, other state, region, municipalities and private, in cash and in kind.',
    },
  }),
  {
    id: 'projektens_totala_finansiering',
    name: { sv: 'Projektens totala finansiering', en: 'Total project financing' },
    unit: MNKR,
    chainLevel: 'resurser',
    direction: 'neutral',
    question: {
      kind: 'process',
      sv: 'Hur stor är projektens samlade finansiering?',
      en: 'How large is the projects’ total financing?',
    },
    source: LEDGER_SOURCE,
    decimals: 1,
    aggregation: 'sum',
    formula: { kind: 'sum', of: ['beviljade_medel', 'medfinansiering'] },
    listed: false,
    description: {
      sv: 'Beviljade 1:1-medel plus all medfinansiering i de beviljade ärendena. Riket är summan av länen.',
      en: 'Granted 1:1 funds plus all co-financing in the granted cases. Riket is the sum of the counties.',
    },
  },
  {
    id: 'uppvaxling',
    name: { sv: 'Uppväxling av 1:1-medel', en: 'Leverage of 1:1 funds' },
    unit: { sv: 'kr per kr', en: 'SEK per SEK' },
    chainLevel: 'resurser',
    direction: 'higher_is_better',
    question: {
      kind: 'process',
      sv: 'Växlar 1:1-medlen upp annan finansiering?',
      en: 'Do the 1:1 funds leverage other financing?',
    },
    source: LEDGER_SOURCE,
    decimals: 2,
    formula: { kind: 'ratio', of: ['projektens_totala_finansiering', 'beviljade_medel'] },
    description: {
      sv: 'Projektens totala finansiering per beviljad krona 1:1-medel: beviljade 1:1-medel plus all medfinansiering – EU-medel, annan statlig, region, kommuner och privat, kontant och i natura – delat med beviljade 1:1-medel. Det finns ingen enskild officiell definition av uppväxling; medfinansiering per 1:1-krona (utan 1:1-kronan själv) visas bredvid. Ett projekt som till hälften finansieras med 1:1-medel har uppväxlingen 2.',
      en: 'Total project financing per granted krona of 1:1 funds: granted 1:1 funds plus all co-financing – EU funds, other state, region, municipalities and private, in cash and in kind – divided by the granted 1:1 funds. There is no single official definition of leverage; co-financing per 1:1 krona (without the 1:1 krona itself) is shown beside it. A project financed half by 1:1 funds has a leverage of 2.',
    },
  },
  {
    id: 'medfinansiering_per_krona',
    name: { sv: 'Medfinansiering per 1:1-krona', en: 'Co-financing per 1:1 krona' },
    unit: { sv: 'kr per kr', en: 'SEK per SEK' },
    chainLevel: 'resurser',
    direction: 'higher_is_better',
    question: {
      kind: 'process',
      sv: 'Hur mycket medfinansiering följer med varje 1:1-krona?',
      en: 'How much co-financing comes with each 1:1 krona?',
    },
    source: LEDGER_SOURCE,
    decimals: 2,
    formula: { kind: 'ratio', of: ['medfinansiering', 'beviljade_medel'] },
    description: {
      sv: 'All medfinansiering i de beviljade ärendena (EU-medel, annan statlig, region, kommuner och privat, kontant och i natura) per beviljad krona 1:1-medel. Uppväxlingen är detta plus 1.',
      en: 'All co-financing in the granted cases (EU funds, other state, region, municipalities and private, in cash and in kind) per granted krona of 1:1 funds. Leverage is this plus 1.',
    },
  },
  // Aktiviteter
  ledgerSum({
    id: 'sokta_medel',
    name: { sv: 'Sökta 1:1-medel', en: '1:1 funds applied for' },
    unit: MNKR,
    chainLevel: 'aktiviteter',
    question: {
      sv: 'Hur mycket 1:1-medel söks i länet?',
      en: 'How much 1:1 funding is applied for in the county?',
    },
    decimals: 1,
    description: {
      sv: 'Sökt belopp i alla ärenden med beslut under året, oavsett utfall (beviljade, avslagna och återtagna).',
      en: 'Amount applied for in every case decided during the year, whatever the outcome (granted, rejected and withdrawn).',
    },
  }),
  ledgerSum({
    id: 'antal_ansokningar',
    name: { sv: 'Ansökningar om 1:1-medel', en: 'Applications for 1:1 funds' },
    unit: COUNT,
    chainLevel: 'aktiviteter',
    listed: false,
    question: {
      sv: 'Hur många ansökningar om 1:1-medel kommer in?',
      en: 'How many applications for 1:1 funds come in?',
    },
    decimals: 0,
    description: {
      sv: 'Antal ärenden med beslut under året, oavsett utfall.',
      en: 'Number of cases decided during the year, whatever the outcome.',
    },
  }),
  {
    id: 'ansokningstryck',
    name: { sv: 'Ansökningstryck på 1:1-medel', en: 'Application pressure on 1:1 funds' },
    unit: { sv: 'kvot', en: 'ratio' },
    chainLevel: 'aktiviteter',
    direction: 'neutral',
    question: {
      kind: 'process',
      sv: 'Hur ser ansökningstrycket på 1:1-medel ut?',
      en: 'What is the application pressure on 1:1 funds?',
    },
    source: LEDGER_SOURCE,
    decimals: 2,
    formula: { kind: 'ratio', of: ['sokta_medel', 'ram_medel'] },
    description: {
      sv: 'Sökt belopp i förhållande till tillgängliga 1:1-medel (ramen). Över 1 betyder att efterfrågan är större än ramen; både mycket högt och lågt tryck är värt att diskutera.',
      en: 'Amount applied for relative to the 1:1 funds available (the frame). Above 1 means demand exceeds the frame; both very high and low pressure are worth discussing.',
    },
  },
  {
    id: 'ansokningar_per_beviljad',
    name: { sv: 'Ansökningar per beviljat ärende', en: 'Applications per granted case' },
    unit: { sv: 'kvot', en: 'ratio' },
    chainLevel: 'aktiviteter',
    direction: 'neutral',
    question: {
      kind: 'process',
      sv: 'Hur många ansökningar kommer in per beviljat ärende?',
      en: 'How many applications come in per granted case?',
    },
    source: LEDGER_SOURCE,
    decimals: 2,
    formula: { kind: 'ratio', of: ['antal_ansokningar', 'antal_beviljade_arenden'] },
    description: {
      sv: 'Antal ärenden med beslut under året per beviljat ärende: ansökningstrycket räknat i ärenden i stället för kronor.',
      en: 'Number of cases decided during the year per granted case: the application pressure counted in cases rather than kronor.',
    },
  },
  {
    id: 'beslutandegrad',
    name: { sv: 'Beslutandegrad', en: 'Commitment rate' },
    unit: PERCENT,
    chainLevel: 'aktiviteter',
    direction: 'higher_is_better',
    question: {
      kind: 'process',
      sv: 'Beslutar länet om de 1:1-medel som finns?',
      en: 'Does the county commit the 1:1 funds it has?',
    },
    source: LEDGER_SOURCE,
    decimals: 0,
    formula: { kind: 'share', of: ['beviljade_medel', 'ram_medel'] },
    description: {
      sv: 'Beviljade 1:1-medel i procent av årets ram.',
      en: 'Granted 1:1 funds as a percentage of the year’s frame.',
    },
  },
  ledgerSum({
    id: 'beviljade_medel_rus',
    name: { sv: 'Beviljade 1:1-medel till RUS-prioriteringar', en: 'Granted 1:1 funds to RUS priorities' },
    unit: MNKR,
    chainLevel: 'aktiviteter',
    listed: false,
    question: {
      sv: 'Hur mycket av 1:1-medlen går till RUS-prioriteringar?',
      en: 'How much of the 1:1 funds goes to RUS priorities?',
    },
    decimals: 1,
    description: {
      sv: 'Beviljat belopp i de ärenden som är kopplade till ett av den regionala utvecklingsstrategins (RUS) prioriterade områden.',
      en: 'Amount granted in the cases tied to one of the priority areas of the regional development strategy (RUS).',
    },
  }),
  {
    id: 'andel_medel_rus',
    name: { sv: 'Medel till RUS-prioriteringar', en: 'Funds to RUS priorities' },
    unit: PERCENT,
    chainLevel: 'aktiviteter',
    direction: 'higher_is_better',
    question: {
      kind: 'process',
      sv: 'Följer fördelningen av 1:1-medel den regionala utvecklingsstrategin?',
      en: 'Does the allocation of 1:1 funds follow the regional development strategy?',
    },
    source: LEDGER_SOURCE,
    decimals: 0,
    formula: { kind: 'share', of: ['beviljade_medel_rus', 'beviljade_medel'] },
    description: {
      sv: 'Andel av de beviljade 1:1-medlen som går till ärenden inom den regionala utvecklingsstrategins (RUS) prioriteringar.',
      en: 'Share of the granted 1:1 funds that go to cases within the priorities of the regional development strategy (RUS).',
    },
  },
  // Prestationer
  ledgerSum({
    id: 'antal_beviljade_arenden',
    name: { sv: 'Beviljade ärenden', en: 'Granted cases' },
    unit: COUNT,
    chainLevel: 'prestationer',
    listed: false,
    question: { sv: 'Hur många ärenden beviljas 1:1-medel?', en: 'How many cases are granted 1:1 funds?' },
    decimals: 0,
    description: {
      sv: 'Antal ärenden med status beviljad och beslut under året, alla stödtyper.',
      en: 'Number of cases with status granted and a decision during the year, all support types.',
    },
  }),
  ledgerSum({
    id: 'utbetalda_medel',
    name: { sv: 'Utbetalda 1:1-medel', en: 'Paid 1:1 funds' },
    unit: MNKR,
    chainLevel: 'prestationer',
    listed: false,
    question: {
      sv: 'Hur mycket av de beviljade 1:1-medlen har betalats ut?',
      en: 'How much of the granted 1:1 funds has been paid out?',
    },
    decimals: 1,
    description: {
      sv: 'Utbetalt hittills i de ärenden som beviljades under året (beslutsårets kohort), inte utbetalningar gjorda under året.',
      en: 'Paid so far in the cases granted during the year (the decision-year cohort), not payments made during the year.',
    },
  }),
  {
    id: 'utbetalningsgrad',
    name: { sv: 'Utbetalningsgrad', en: 'Payment rate' },
    unit: PERCENT,
    chainLevel: 'prestationer',
    direction: 'higher_is_better',
    question: {
      kind: 'process',
      sv: 'Kommer de beviljade insatserna i gång, så att medlen betalas ut?',
      en: 'Do the granted efforts get going, so that the funds are paid out?',
    },
    source: LEDGER_SOURCE,
    decimals: 0,
    formula: { kind: 'share', of: ['utbetalda_medel', 'beviljade_medel'] },
    cohort: true,
    description: {
      sv: 'Utbetalt hittills i procent av beviljat, per beslutsårets kohort: värdet för ett år gäller de ärenden som beviljades det året. Insatserna pågår i ett till tre år, så de senaste årens kohorter har naturligt låg utbetalningsgrad; jämför kohorter av samma ålder.',
      en: 'Paid so far as a percentage of granted, by decision-year cohort: a year’s value is for the cases granted that year. The efforts run for one to three years, so the latest cohorts naturally have a low payment rate; compare cohorts of the same age.',
    },
  },
  ledgerSum({
    id: 'foretagsstod_vd_kand_medel',
    name: { sv: 'Beviljat företagsstöd, vd:s kön känt', en: 'Granted company support, CEO’s gender known' },
    unit: MNKR,
    chainLevel: 'prestationer',
    listed: false,
    question: {
      sv: 'Hur mycket företagsstöd går till företag där vd:s kön är känt?',
      en: 'How much company support goes to firms whose CEO’s gender is known?',
    },
    decimals: 1,
    description: {
      sv: 'Beviljat företagsstöd under året till företag där ärendet anger vd:s kön.',
      en: 'Company support granted during the year to firms whose case gives the CEO’s gender.',
    },
  }),
  ledgerSum({
    id: 'foretagsstod_vd_kvinna_medel',
    name: { sv: 'Beviljat företagsstöd, kvinnlig vd', en: 'Granted company support, female CEO' },
    unit: MNKR,
    chainLevel: 'prestationer',
    listed: false,
    question: {
      sv: 'Hur mycket företagsstöd går till företag med kvinnlig vd?',
      en: 'How much company support goes to firms with a female CEO?',
    },
    decimals: 1,
    description: {
      sv: 'Beviljat företagsstöd under året till företag med en kvinna som vd.',
      en: 'Company support granted during the year to firms with a woman as CEO.',
    },
  }),
  {
    id: 'andel_foretagsstod_kvinnor',
    name: {
      sv: 'Företagsstöd till företag med kvinnlig vd',
      en: 'Company support to firms with a female CEO',
    },
    unit: PERCENT,
    chainLevel: 'prestationer',
    direction: 'higher_is_better',
    question: {
      kind: 'process',
      sv: 'Når företagsstödet företag som leds av kvinnor?',
      en: 'Does company support reach firms led by women?',
    },
    source: LEDGER_SOURCE,
    decimals: 0,
    formula: { kind: 'share', of: ['foretagsstod_vd_kvinna_medel', 'foretagsstod_vd_kand_medel'] },
    description: {
      sv: 'Andel av det beviljade företagsstödet som går till företag med kvinnlig vd, av stödet till företag där vd:s kön är känt.',
      en: 'Share of the granted company support that goes to firms with a female CEO, of the support to firms whose CEO’s gender is known.',
    },
  },
];
