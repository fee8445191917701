import type { CaseStatus, CeoGender, SupportType } from '../../../domain/ledger';

/**
 * The words a case ledger's cells use for support types, statuses and a CEO's gender, folded
 * (foldName: any case, with or without diacritics).
 */

/** Support types by their folded names and the codes case systems use (PROJ, FTG, KS). */
export const SUPPORT_TYPE_NAMES: ReadonlyMap<string, SupportType> = new Map([
  ['projektstod', 'projektstod'],
  ['projekt', 'projektstod'],
  ['regionalt projektstod', 'projektstod'],
  ['project support', 'projektstod'],
  ['proj', 'projektstod'],
  ['foretagsstod', 'foretagsstod'],
  ['regionalt foretagsstod', 'foretagsstod'],
  ['regionala foretagsstod', 'foretagsstod'],
  ['company support', 'foretagsstod'],
  ['ftg', 'foretagsstod'],
  ['foretag', 'foretagsstod'],
  ['kommersiell service', 'kommersiell_service'],
  ['stod till kommersiell service', 'kommersiell_service'],
  ['commercial service', 'kommersiell_service'],
  ['ks', 'kommersiell_service'],
]);

export const STATUS_NAMES: ReadonlyMap<string, CaseStatus> = new Map([
  ['beviljad', 'beviljad'],
  ['beviljat', 'beviljad'],
  ['bifall', 'beviljad'],
  ['granted', 'beviljad'],
  ['avslagen', 'avslagen'],
  ['avslag', 'avslagen'],
  ['avslaget', 'avslagen'],
  ['rejected', 'avslagen'],
  ['under handlaggning', 'under_handlaggning'],
  ['pagaende', 'under_handlaggning'],
  ['inkommen', 'under_handlaggning'],
  ['pending', 'under_handlaggning'],
  ['atertagen', 'atertagen'],
  ['atertaget', 'atertagen'],
  ['aterkallad', 'atertagen'],
  ['aterkallat', 'atertagen'],
  ['withdrawn', 'atertagen'],
]);

export const CEO_GENDER_NAMES: ReadonlyMap<string, CeoGender> = new Map([
  ['k', 'K'],
  ['kvinna', 'K'],
  ['kvinnor', 'K'],
  ['f', 'K'],
  ['female', 'K'],
  ['woman', 'K'],
  ['m', 'M'],
  ['man', 'M'],
  ['male', 'M'],
]);
