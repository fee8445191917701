/**
 * The indicator catalogue of the example data, in the shape src/data/catalogue.ts reads
 * (data/indicators.json). Order: the effect chain from resources to long-term effects.
 */
import { CHAIN_LEVELS } from '../../src/domain/chain-levels';
import type { FollowUpLevel } from '../../src/domain/indicator';
import { LEDGER_INDICATORS } from './catalogue-ledger';
import { source as src, type IndicatorDefinition } from './catalogue-model';

export type { IndicatorDefinition } from './catalogue-model';

/** The indicators apart from those of the 1:1 case ledger (catalogue-ledger.ts), in chain order. */
const GENERAL_INDICATORS: readonly IndicatorDefinition[] = [
  // Aktiviteter
  {
    id: 'jamstalldhetsintegrerade_projekt',
    name: { sv: 'Jämställdhetsintegrerade projekt', en: 'Gender-mainstreamed projects' },
    unit: { sv: '%', en: '%' },
    chainLevel: 'aktiviteter',
    direction: 'higher_is_better',
    question: {
      kind: 'process',
      sv: 'Är regionala insatser jämställdhetsintegrerade?',
      en: 'Are regional efforts gender-mainstreamed?',
    },
    source: src('Nyps 2020/Tillväxtverket'),
    decimals: 0,
    description: {
      sv: 'Andel av de beviljade projekten som bedömts vara jämställdhetsintegrerade.',
      en: 'Share of the granted projects assessed as gender-mainstreamed.',
    },
  },
  // Prestationer
  {
    id: 'antal_projekt',
    name: { sv: 'Beviljade projekt', en: 'Granted projects' },
    unit: { sv: 'antal', en: 'number' },
    chainLevel: 'prestationer',
    direction: 'higher_is_better',
    question: {
      kind: 'summative',
      sv: 'Hur många projekt genomförs med stöd av 1:1-medel?',
      en: 'How many projects are carried out with 1:1 funds?',
    },
    source: src('Nyps 2020/Tillväxtverket'),
    decimals: 0,
    aggregation: 'sum',
    description: {
      sv: 'Antal projekt som beviljats 1:1-medel under året. Riket är summan av länen.',
      en: 'Number of projects granted 1:1 funds during the year. Riket is the sum of the counties.',
    },
  },
  {
    id: 'deltagare',
    name: { sv: 'Deltagare i projekt', en: 'Project participants' },
    unit: { sv: 'antal', en: 'number' },
    chainLevel: 'prestationer',
    direction: 'higher_is_better',
    question: {
      kind: 'summative',
      sv: 'Hur många deltar i de regionala insatserna?',
      en: 'How many take part in the regional efforts?',
    },
    source: src('Nyps 2020/projektens slutrapporter'),
    decimals: 0,
    aggregation: 'sum',
    description: {
      sv: 'Antal deltagare (personer och företag) i projekt med 1:1-medel. Riket är summan av länen.',
      en: 'Number of participants (people and firms) in projects with 1:1 funds. Riket is the sum of the counties.',
    },
  },
  {
    id: 'aktiva_kluster',
    name: { sv: 'Aktiva klusterinitiativ', en: 'Active cluster initiatives' },
    unit: { sv: 'antal', en: 'number' },
    chainLevel: 'prestationer',
    direction: 'higher_is_better',
    question: {
      kind: 'summative',
      sv: 'Hur aktiva är klustren i länet?',
      en: 'How active are the clusters in the county?',
    },
    source: src('Tillväxtverket/Vinnova'),
    decimals: 0,
    aggregation: 'sum',
    description: {
      sv: 'Antal klusterinitiativ med verksamhet under året. Riket är summan av länen.',
      en: 'Number of cluster initiatives active during the year. Riket is the sum of the counties.',
    },
  },
  // Utfall
  {
    id: 'okad_kunskap',
    name: { sv: 'Deltagare med ökad kunskap', en: 'Participants with more knowledge' },
    unit: { sv: '%', en: '%' },
    chainLevel: 'utfall',
    direction: 'higher_is_better',
    question: {
      kind: 'summative',
      sv: 'Ger regionala nätverk deltagarna mer kunskap?',
      en: 'Do regional networks give participants more knowledge?',
    },
    source: src('deltagarenkät i regionala nätverk'),
    decimals: 1,
    description: {
      sv: 'Andel av deltagarna i regionala nätverk som uppger att de fått mer kunskap.',
      en: 'Share of the participants in regional networks who report that they gained knowledge.',
    },
  },
  {
    id: 'nya_samarbeten',
    name: { sv: 'Deltagare med nya samarbeten', en: 'Participants with new collaborations' },
    unit: { sv: '%', en: '%' },
    chainLevel: 'utfall',
    direction: 'higher_is_better',
    question: {
      kind: 'summative',
      sv: 'Leder insatserna till nya samarbeten mellan deltagarna?',
      en: 'Do the efforts lead to new collaborations between participants?',
    },
    source: src('deltagarenkät i regionala nätverk'),
    decimals: 1,
    description: {
      sv: 'Andel av de deltagande företagen och organisationerna som inlett minst ett nytt samarbete under insatsen.',
      en: 'Share of the participating firms and organisations that started at least one new collaboration during the effort.',
    },
  },
  // Kortsiktiga effekter
  {
    id: 'nyforetagande',
    name: { sv: 'Nyföretagande', en: 'New business formation' },
    unit: { sv: 'nya företag per 1 000 invånare 16–64 år', en: 'new firms per 1,000 inhabitants aged 16–64' },
    chainLevel: 'kortsiktiga_effekter',
    direction: 'higher_is_better',
    question: {
      kind: 'summative',
      sv: 'Ökar nyföretagandet i länet?',
      en: 'Is new business formation increasing in the county?',
    },
    source: src('Tillväxtanalys/SCB'),
    decimals: 1,
    description: {
      sv: 'Nystartade företag per 1 000 invånare 16–64 år. Årsvärden och kvartalsvärden; kvartalen är uppräknade till årstakt, så att de går att jämföra med årsvärdena (årsvärdet är kvartalens medelvärde).',
      en: 'Newly started firms per 1,000 inhabitants aged 16–64. Yearly and quarterly values; quarters are annualised so they compare with the yearly values (the yearly value is the mean of its quarters).',
    },
  },
  {
    id: 'nya_innovationer',
    name: { sv: 'Patentansökningar', en: 'Patent applications' },
    unit: { sv: 'per 100 000 invånare', en: 'per 100,000 inhabitants' },
    chainLevel: 'kortsiktiga_effekter',
    direction: 'higher_is_better',
    question: {
      kind: 'summative',
      sv: 'Leder innovationsinsatser till nya innovationer?',
      en: 'Do innovation efforts lead to new innovations?',
    },
    source: src('PRV/Tillväxtanalys'),
    decimals: 1,
    description: {
      sv: 'Patentansökningar från sökande i länet per 100 000 invånare, ett mått på nya innovationer.',
      en: 'Patent applications from applicants in the county per 100,000 inhabitants, a measure of new innovations.',
    },
  },
  // Långsiktiga effekter
  {
    id: 'sysselsattningsgrad',
    name: { sv: 'Sysselsättningsgrad 20–64 år', en: 'Employment rate 20–64' },
    unit: { sv: '%', en: '%' },
    chainLevel: 'langsiktiga_effekter',
    direction: 'higher_is_better',
    question: {
      kind: 'summative',
      sv: 'Hur utvecklas sysselsättningen i länet?',
      en: 'How is employment developing in the county?',
    },
    source: src('SCB'),
    decimals: 1,
    description: {
      sv: 'Andel sysselsatta av befolkningen 20–64 år, totalt och för kvinnor och män.',
      en: 'Share of the population aged 20–64 in employment, in total and for women and men.',
    },
  },
  {
    id: 'arbetsloshet',
    name: { sv: 'Arbetslöshet 20–64 år', en: 'Unemployment 20–64' },
    unit: { sv: '%', en: '%' },
    chainLevel: 'langsiktiga_effekter',
    direction: 'lower_is_better',
    question: {
      kind: 'summative',
      sv: 'Minskar arbetslösheten i länet?',
      en: 'Is unemployment falling in the county?',
    },
    source: src('SCB'),
    decimals: 1,
    description: {
      sv: 'Arbetslösa i procent av arbetskraften 20–64 år, totalt och för kvinnor och män.',
      en: 'Unemployed as a percentage of the labour force aged 20–64, in total and for women and men.',
    },
  },
  {
    id: 'brp_per_invanare',
    name: { sv: 'BRP per invånare', en: 'GRP per inhabitant' },
    unit: { sv: 'tkr', en: 'SEK thousand' },
    chainLevel: 'langsiktiga_effekter',
    direction: 'higher_is_better',
    question: { kind: 'summative', sv: 'Växer länets ekonomi?', en: 'Is the county’s economy growing?' },
    source: src('SCB regionalräkenskaper'),
    decimals: 0,
    description: {
      sv: 'Bruttoregionprodukt per invånare i löpande priser.',
      en: 'Gross regional product per inhabitant at current prices.',
    },
  },
  {
    id: 'fou_andel',
    name: { sv: 'FoU-utgifter', en: 'R&D spending' },
    unit: { sv: '% av BRP', en: '% of GRP' },
    chainLevel: 'langsiktiga_effekter',
    direction: 'higher_is_better',
    question: {
      kind: 'summative',
      sv: 'Ökar investeringarna i forskning och utveckling?',
      en: 'Is investment in research and development increasing?',
    },
    source: src('SCB'),
    decimals: 1,
    description: {
      sv: 'Utgifter för forskning och utveckling (näringsliv, universitet och högskolor, offentlig sektor) i procent av BRP.',
      en: 'Spending on research and development (business, universities, public sector) as a percentage of GRP.',
    },
  },
  {
    id: 'befolkningsforandring',
    name: { sv: 'Befolkningsförändring', en: 'Population change' },
    unit: { sv: 'per 1 000 invånare', en: 'per 1,000 inhabitants' },
    chainLevel: 'langsiktiga_effekter',
    direction: 'higher_is_better',
    question: {
      kind: 'summative',
      sv: 'Är länet attraktivt att bo och leva i?',
      en: 'Is the county an attractive place to live?',
    },
    source: src('SCB'),
    decimals: 1,
    description: {
      sv: 'Befolkningsökning under året (födda minus döda plus nettoflyttning) per 1 000 invånare. Negativa värden betyder minskning.',
      en: 'Population increase during the year (births minus deaths plus net migration) per 1,000 inhabitants. Negative values mean a decrease.',
    },
  },
  {
    id: 'eftergymnasial_utbildning',
    name: { sv: 'Eftergymnasial utbildning 25–64 år', en: 'Post-secondary education 25–64' },
    unit: { sv: '%', en: '%' },
    chainLevel: 'langsiktiga_effekter',
    direction: 'higher_is_better',
    question: {
      kind: 'summative',
      sv: 'Höjs kompetensnivån i länet?',
      en: 'Is the level of skills in the county rising?',
    },
    source: src('SCB'),
    decimals: 1,
    description: {
      sv: 'Andel av befolkningen 25–64 år med eftergymnasial utbildning.',
      en: 'Share of the population aged 25–64 with post-secondary education.',
    },
  },
  {
    id: 'livskvalitet',
    name: { sv: 'God livskvalitet', en: 'Good quality of life' },
    unit: { sv: '%', en: '%' },
    chainLevel: 'langsiktiga_effekter',
    direction: 'higher_is_better',
    question: {
      kind: 'summative',
      sv: 'Hur påverkas människors livskvalitet?',
      en: 'How is people’s quality of life affected?',
    },
    source: src('SCB ULF/SILC'),
    decimals: 1,
    description: {
      sv: 'Andel av invånarna 16–84 år som bedömer sin livskvalitet som god eller mycket god.',
      en: 'Share of inhabitants aged 16–84 who rate their quality of life as good or very good.',
    },
  },
];

const NATIONAL_REGIONAL: readonly FollowUpLevel[] = ['nationell', 'regional'];
const ALL_LEVELS: readonly FollowUpLevel[] = ['nationell', 'regional', 'lokal'];

/**
 * The results matrix's levels each indicator is followed at: anslag 1:1 nationally and by the
 * region; the region's own efforts regionally; what SCB and Tillväxtanalys publish per kommun (and
 * the participants, counted per kommun) locally too. An indicator not named here: regional.
 */
const FOLLOW_UP: Readonly<Record<string, readonly FollowUpLevel[]>> = {
  jamstalldhetsintegrerade_projekt: NATIONAL_REGIONAL,
  deltagare: ['regional', 'lokal'],
  nyforetagande: ALL_LEVELS,
  sysselsattningsgrad: ALL_LEVELS,
  arbetsloshet: ALL_LEVELS,
  brp_per_invanare: NATIONAL_REGIONAL,
  fou_andel: NATIONAL_REGIONAL,
  befolkningsforandring: ALL_LEVELS,
  eftergymnasial_utbildning: ALL_LEVELS,
  livskvalitet: ['regional', 'lokal'],
};

const followUpOf = (d: IndicatorDefinition): readonly FollowUpLevel[] =>
  FOLLOW_UP[d.id] ?? (LEDGER_INDICATORS.includes(d) ? NATIONAL_REGIONAL : ['regional']);

/** Every indicator, by effect-chain level; within a level the 1:1 ledger's first. */
export const INDICATORS: readonly IndicatorDefinition[] = CHAIN_LEVELS.flatMap((level) =>
  [...LEDGER_INDICATORS, ...GENERAL_INDICATORS].filter((d) => d.chainLevel === level),
).map((d) => ({ ...d, followUpLevels: followUpOf(d) }));

export function indicatorDefinition(id: string): IndicatorDefinition {
  const found = INDICATORS.find((i) => i.id === id);
  if (!found) throw new Error(`Unknown indicator ${id}`);
  return found;
}
