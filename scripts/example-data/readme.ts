/** data/README.md: what the example files are, and that they are invented. */
import { regionByCode } from '../../src/domain/regions';
import { indicatorDefinition } from './catalogue';

/** What data/kommuner.csv holds. */
export interface KommunFacts {
  readonly observations: number;
  readonly missing: number;
  readonly kommuner: number;
  /** County codes. */
  readonly counties: readonly string[];
  readonly indicators: readonly string[];
  /** The kommun targets in targets.csv: how many, for which indicator, in which county. */
  readonly targets: number;
  readonly targetIndicator: string;
  readonly targetCounty: string;
}

export interface ReadmeFacts {
  readonly seed: number;
  readonly indicators: number;
  /** Catalogue indicators computed by a formula. */
  readonly formulas: number;
  /** Catalogue indicators that are sums of the case ledger and frames. */
  readonly ledgerSums: number;
  readonly observations: number;
  readonly missing: number;
  /** Targets in targets.csv, the kommun targets included. */
  readonly targets: number;
  readonly kommuner: KommunFacts;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly lastQuarter: string;
  readonly ledgerFirstYear: number;
  readonly cases: number;
  /** Cases under handläggning, without a decision year. */
  readonly pending: number;
  readonly frames: number;
  readonly shares: number;
}

/** "a, b och c" / "a, b and c". */
function list(items: readonly string[], and: string): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
}

const countyName = (code: string, lang: 'sv' | 'en'): string => {
  const county = regionByCode(code);
  return (lang === 'sv' ? county?.nameSv : county?.nameEn) ?? code;
};

function kommunerSv(f: ReadmeFacts): string {
  const k = f.kommuner;
  const counties = list(
    k.counties.map((c) => countyName(c, 'sv')),
    'och',
  );
  const names = list(
    k.indicators.map((id) => indicatorDefinition(id).name.sv.toLowerCase()),
    'och',
  );
  return `- \`kommuner.csv\` – ${k.observations} observationer i samma format för alla ${k.kommuner} kommuner i
  ${counties} (SCB:s kommunkoder),
  årsvärden ${f.firstYear}–${f.lastYear} för ${names},
  gjorda ur länets värde i \`observations.csv\`. För antal summerar kommunerna exakt till länets värde; andelar
  och kvoter sprider sig kring länets (små kommuner mer), med ett befolkningsviktat medelvärde lika med länets.
  ${k.missing} celler har \`..\`: där länets värde saknas, och några små kommuners egna. Befolkningstalen som
  används som vikter är ungefärliga.`;
}

function kommunerEn(f: ReadmeFacts): string {
  const k = f.kommuner;
  const counties = list(
    k.counties.map((c) => countyName(c, 'en')),
    'and',
  );
  const names = list(
    k.indicators.map((id) => indicatorDefinition(id).name.en.toLowerCase()),
    'and',
  );
  return `- \`kommuner.csv\` – ${k.observations} observations in the same layout for every one of the ${k.kommuner}
  municipalities (kommuner) of ${counties} (SCB municipality codes),
  yearly ${f.firstYear}–${f.lastYear}, ${names},
  made from the county's value in \`observations.csv\`. For counts the municipalities add up exactly to the
  county's value; shares and rates scatter around the county's (small municipalities more), with a
  population-weighted mean equal to it. ${k.missing} cells carry \`..\`: where the county's value is missing,
  and a few small municipalities' own. The populations used as weights are approximate.`;
}

/** The kommun targets, as a clause of the targets.csv line. */
function kommunTargets(f: ReadmeFacts, lang: 'sv' | 'en'): string {
  const k = f.kommuner;
  const indicator = indicatorDefinition(k.targetIndicator).name[lang].toLowerCase();
  return lang === 'sv'
    ? `för ${indicator} även för kommunerna i ${countyName(k.targetCounty, 'sv')} (${k.targets} mål)`
    : `for ${indicator} also for the municipalities of ${countyName(k.targetCounty, 'en')} (${k.targets} targets)`;
}

export function readme(f: ReadmeFacts): string {
  return `# Exempeldata — påhittade värden / Example data — invented values

**Svenska.** Filerna i den här mappen är *påhittade* exempeldata för att visa hur Regionala resultat
fungerar. Storleksordningarna liknar Sverige, men inget värde är statistik: citera dem aldrig och
använd dem inte som underlag för beslut. Filerna skapas av \`npm run generate-example-data\`
(scripts/generate-example-data.ts) från fröet ${f.seed}; samma frö ger alltid byte för byte samma filer.
Ändra inte filerna för hand – ändra generatorn och kör den igen.

- \`indicators.json\` – indikatorkatalogen: ${f.indicators} indikatorer med namn, enhet, nivå i effektkedjan,
  riktning, utvärderingsfråga, källa och antal decimaler. ${f.ledgerSums} av dem är summor ur ärendelistan och ramarna
  och ${f.formulas} är formler (\`"formula"\`: kvot, andel eller summa av andra indikatorer), till exempel
  ansökningstryck = sökta medel ÷ ramen och uppväxling = projektens totala finansiering ÷ beviljade 1:1-medel.
  Summorna som bara används i formler har \`"listed": false\`.
- \`observations.csv\` – ${f.observations} observationer i långt format (\`region;indikator;period;kön;värde\`):
  Riket (\`00\`) och de 21 länen (SCB:s länskoder), årsvärden ${f.firstYear}–${f.lastYear}, nyföretagande även per
  kvartal till ${f.lastQuarter} (uppräknat till årstakt), sysselsättningsgrad och arbetslöshet även för kvinnor (K) och män (M).
  Decimalkomma; ${f.missing} celler har SCB:s prickmarkering \`..\` (uppgift saknas).
  Riket är summan av länen för belopp och antal, ett viktat medelvärde för andelar och kvoter.
  Indikatorerna för anslag 1:1 som beräknas ur ärendelistan finns inte här.
${kommunerSv(f)}
- \`arendelista.csv\` – ${f.cases} påhittade ärenden om anslag 1:1, som ett regionalt ärendesystem kunde exportera dem
  (\`ärende;län;stödtyp;beslutsår;status;sökt_belopp;beviljat_belopp;utbetalt_belopp;…;vd_kön\`): alla 21 län,
  beslutsår ${f.ledgerFirstYear}–${f.lastYear}, projektstöd, företagsstöd och kommersiell service; beviljade, avslagna och
  återtagna ärenden och ${f.pending} ärenden under handläggning (utan beslutsår). Belopp i hela kronor; medfinansiering
  per källa, RUS-prioritering, nivå i resultatkedjan, nationellt strategiområde, datum och vd:s kön för företagsstöd.
  **Projektägarna är påhittade namn** (\`Exempelprojekt 0421\`, \`Exempelbolaget 0193 AB\`, \`Exempelkommunen 12\`) –
  inga verkliga företag, personer eller kommuner.
- \`ramar.csv\` – ${f.frames} ramar (\`län;år;ram\`): de 1:1-medel varje län har att besluta om per år, i kronor.
- \`rus-andelar.csv\` – ${f.shares} planerade andelar (\`län;år;rus_prioritering;planerad_andel\`): varje läns planerade
  fördelning av årets medel över sina fyra RUS-prioriteringar, i hela procent som summerar till 100.
- \`targets.csv\` – ${f.targets} mål (\`region;indikator;period;mål;basår;baslinje\`) på alla nivåer i effektkedjan,
  för Riket och alla län, och ${kommunTargets(f, 'sv')}:
  mål för 2030 och ibland ett delmål för 2026, med basår 2020 och baslinjen lika med regionens värde 2020 – för
  1:1-indikatorerna det värde appen beräknar ur ärendelistan och ramarna.

Appen räknar fram 1:1-indikatorerna ur de tre filerna – sökta, beviljade och utbetalda medel,
medfinansiering, ansökningstryck, beslutandegrad, uppväxling, utbetalningsgrad (per beslutsårets kohort),
andel företagsstöd till företag med kvinnlig vd och andel medel till RUS-prioriteringar – per län och
beslutsår, och för Riket ur summorna över länen.

**English.** The files in this folder are *invented* example data to show how Regionala resultat works.
The magnitudes resemble Sweden, but no value is a statistic: never quote them or base decisions on them.
They are written by \`npm run generate-example-data\` (scripts/generate-example-data.ts) from seed
${f.seed}; the same seed always gives byte-identical files. Do not edit them by hand — change the
generator and run it again.

- \`indicators.json\` – the indicator catalogue: ${f.indicators} indicators with name, unit, effect-chain level,
  direction, evaluation question, source and decimals. ${f.ledgerSums} of them are sums of the case ledger and the
  frames and ${f.formulas} are formulas (\`"formula"\`: a ratio, share or sum of other indicators), e.g. application
  pressure = funds applied for ÷ the frame and leverage = total project financing ÷ granted 1:1 funds. The
  sums that only feed formulas have \`"listed": false\`.
- \`observations.csv\` – ${f.observations} observations in the long layout: Riket (\`00\`) and the 21 counties
  (SCB county codes), yearly ${f.firstYear}–${f.lastYear}, new business formation also quarterly up to
  ${f.lastQuarter} (annualised), employment and unemployment also for women (K) and men (M). Decimal comma; ${f.missing} cells
  carry SCB's missing marker \`..\`.
  Riket is the sum of the counties for amounts and counts, a weighted mean for shares and ratios.
  The appropriation 1:1 indicators computed from the case ledger are not in this file.
${kommunerEn(f)}
- \`arendelista.csv\` – ${f.cases} invented cases of appropriation 1:1 as a regional case system might export them:
  all 21 counties, decision years ${f.ledgerFirstYear}–${f.lastYear}, project support, company support and commercial
  service; granted, rejected and withdrawn cases and ${f.pending} pending cases (no decision year). Amounts in whole
  kronor; co-financing by source, RUS priority, result-chain level, national strategy area, dates and the CEO's
  gender for company support. **The project owners are invented names** (\`Exempelprojekt 0421\`,
  \`Exempelbolaget 0193 AB\`, \`Exempelkommunen 12\`) – no real firms, people or municipalities.
- \`ramar.csv\` – ${f.frames} frames (\`län;år;ram\`): the 1:1 funds each county can decide on per year, in kronor.
- \`rus-andelar.csv\` – ${f.shares} planned shares (\`län;år;rus_prioritering;planerad_andel\`): each county's planned
  split of the year's funds over its four RUS priority areas, in whole per cent summing to 100.
- \`targets.csv\` – ${f.targets} targets on every level of the effect chain for Riket and every county, and
  ${kommunTargets(f, 'en')}:
  2030 targets and sometimes a 2026 interim target, base year 2020, baseline equal to the region's 2020 value —
  for the 1:1 indicators the value the app computes from the case ledger and the frames.

The app computes the 1:1 indicators from the three files — funds applied for, granted and paid,
co-financing, application pressure, commitment rate, leverage, payment rate (by decision-year cohort),
the share of company support to firms with a female CEO and the share of funds to RUS priorities — per
county and decision year, and for Riket from the sums over the counties.
`;
}
