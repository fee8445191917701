/** The 1:1 ledger's three files as a region's case system might export them: `;`, whole kronor. */
import type { CaseStatus, Ledger, LedgerCase, SupportType } from '../../src/domain/ledger';
import { csv } from './format';

export const LEDGER_HEADER = [
  'ärende',
  'län',
  'stödtyp',
  'beslutsår',
  'status',
  'sökt_belopp',
  'beviljat_belopp',
  'utbetalt_belopp',
  'eu_medel',
  'statlig_medfinansiering',
  'regional_medfinansiering',
  'kommunal_medfinansiering',
  'privat_medfinansiering',
  'rus_prioritering',
  'resultatkedja',
  'nationellt_strategiområde',
  'projektägare',
  'startdatum',
  'slutdatum',
  'vd_kön',
] as const;

const TYPE_TEXT: Readonly<Record<SupportType, string>> = {
  projektstod: 'projektstöd',
  foretagsstod: 'företagsstöd',
  kommersiell_service: 'kommersiell service',
};

const STATUS_TEXT: Readonly<Record<CaseStatus, string>> = {
  beviljad: 'beviljad',
  avslagen: 'avslagen',
  atertagen: 'återtagen',
  under_handlaggning: 'under handläggning',
};

const kronor = (amount: number): string => {
  if (!Number.isInteger(amount) || amount < 0) throw new Error(`Not whole kronor: ${amount}`);
  return String(amount);
};

/** Granted and paid are empty until a case is decided and for a rejection; a withdrawn grant is 0. */
function caseRow(c: LedgerCase): string[] {
  const decided = c.status === 'beviljad' || c.status === 'atertagen';
  return [
    c.id,
    c.region,
    TYPE_TEXT[c.supportType],
    c.year === undefined ? '' : String(c.year),
    STATUS_TEXT[c.status],
    c.applied === undefined ? '' : kronor(c.applied),
    decided ? kronor(c.granted) : '',
    decided ? kronor(c.paid) : '',
    ...c.cofinancing.map((v) => (v > 0 ? kronor(v) : '')),
    c.rus,
    c.chainTag,
    c.strategyArea,
    c.owner,
    c.start ?? '',
    c.end ?? '',
    c.ceoGender ?? '',
  ];
}

export function ledgerCsv(ledger: Ledger): string {
  return csv(LEDGER_HEADER, ledger.cases.map(caseRow));
}

export function framesCsv(ledger: Ledger): string {
  return csv(
    ['län', 'år', 'ram'],
    ledger.frames.map((f) => [f.region, String(f.year), kronor(f.amount)]),
  );
}

export function sharesCsv(ledger: Ledger): string {
  return csv(
    ['län', 'år', 'rus_prioritering', 'planerad_andel'],
    ledger.shares.map((s) => [s.region, String(s.year), s.area, String(s.share)]),
  );
}
