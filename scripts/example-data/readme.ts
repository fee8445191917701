/** data/README.md: what the example files are, and that they are invented. */

export interface ReadmeFacts {
  readonly seed: number;
  readonly indicators: number;
  readonly observations: number;
  readonly missing: number;
  readonly targets: number;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly lastQuarter: string;
}

export function readme(f: ReadmeFacts): string {
  return `# Exempeldata — påhittade värden / Example data — invented values

**Svenska.** Filerna i den här mappen är *påhittade* exempeldata för att visa hur Regionala resultat
fungerar. Storleksordningarna liknar Sverige, men inget värde är statistik: citera dem aldrig och
använd dem inte som underlag för beslut. Filerna skapas av \`npm run generate-example-data\`
(scripts/generate-example-data.ts) från fröet ${f.seed}; samma frö ger alltid byte för byte samma filer.
Ändra inte filerna för hand – ändra generatorn och kör den igen.

- \`indicators.json\` – indikatorkatalogen: ${f.indicators} indikatorer med namn, enhet, nivå i effektkedjan,
  riktning, utvärderingsfråga, källa och antal decimaler.
- \`observations.csv\` – ${f.observations} observationer i långt format (\`region;indikator;period;kön;värde\`):
  Riket (\`00\`) och de 21 länen (SCB:s länskoder), årsvärden ${f.firstYear}–${f.lastYear}, nyföretagande även per
  kvartal till ${f.lastQuarter} (uppräknat till årstakt), sysselsättningsgrad och arbetslöshet även för kvinnor (K) och män (M).
  Decimalkomma; ${f.missing} celler har SCB:s prickmarkering \`..\` (uppgift saknas).
  Riket är summan av länen för belopp och antal, ett viktat medelvärde för andelar och kvoter.
- \`targets.csv\` – ${f.targets} mål (\`region;indikator;period;mål;basår;baslinje\`) på alla nivåer i effektkedjan,
  för Riket och alla län: mål för 2030 och ibland ett delmål för 2026, med basår 2020 och baslinjen lika
  med regionens värde 2020.

**English.** The files in this folder are *invented* example data to show how Regionala resultat works.
The magnitudes resemble Sweden, but no value is a statistic: never quote them or base decisions on them.
They are written by \`npm run generate-example-data\` (scripts/generate-example-data.ts) from seed
${f.seed}; the same seed always gives byte-identical files. Do not edit them by hand — change the
generator and run it again.

- \`indicators.json\` – the indicator catalogue: ${f.indicators} indicators with name, unit, effect-chain level,
  direction, evaluation question, source and decimals.
- \`observations.csv\` – ${f.observations} observations in the long layout: Riket (\`00\`) and the 21 counties
  (SCB county codes), yearly ${f.firstYear}–${f.lastYear}, new business formation also quarterly up to
  ${f.lastQuarter} (annualised), employment and unemployment also for women (K) and men (M). Decimal comma; ${f.missing} cells
  carry SCB's missing marker \`..\`.
  Riket is the sum of the counties for amounts and counts, a weighted mean for shares and ratios.
- \`targets.csv\` – ${f.targets} targets on every level of the effect chain for Riket and every county: 2030
  targets and sometimes a 2026 interim target, base year 2020, baseline equal to the region's 2020 value.
`;
}
