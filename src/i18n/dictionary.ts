import type { Lang } from '../domain/language';
import { commonEn, commonSv } from './dictionary/common';
import { importEn, importSv } from './dictionary/import';
import { viewsEn, viewsSv } from './dictionary/views';
import { sourcesEn, sourcesSv } from './dictionary/sources';
import { financeEn, financeSv } from './dictionary/finance';
import { workspaceFileEn, workspaceFileSv } from './dictionary/workspace-file';
import { loadingEn, loadingSv } from './dictionary/loading';
import { boundaryEn, boundarySv } from './dictionary/boundary';
import { localEn, localSv } from './dictionary/local';
import { localSumEn, localSumSv } from './dictionary/local-sum';
import { localCompareEn, localCompareSv } from './dictionary/local-compare';
import { localLanEn, localLanSv } from './dictionary/local-lan';
import { lanKommunEn, lanKommunSv } from './dictionary/lan-kommun';
import { shapesEn, shapesSv } from './dictionary/shapes';
import { summaryEn, summarySv } from './dictionary/summary';
import { goalAreaEn, goalAreaSv } from './dictionary/goal-area';
import { goalAreasEn, goalAreasSv } from './dictionary/goal-areas';
import { strategyEn, strategySv } from './dictionary/strategy';
import { strategyFileEn, strategyFileSv } from './dictionary/strategy-file';
import { targetTableEn, targetTableSv } from './dictionary/target-table';
import { meetingEn, meetingSv } from './dictionary/meeting';
import { exempelEn, exempelSv } from './dictionary/exempel';
import { ledgerShapesEn, ledgerShapesSv } from './dictionary/ledger-shapes';
import { briefingEn, briefingSv } from './dictionary/briefing';
import { learningLogEn, learningLogSv } from './dictionary/learning-log';
import { printExportEn, printExportSv } from './dictionary/print-export';
import { chainTargetsEn, chainTargetsSv } from './dictionary/chain-targets';

/** Every text of the interface, Swedish first. Components take texts only from here. */
const sv = {
  ...learningLogSv,
  ...commonSv,
  ...importSv,
  ...viewsSv,
  ...sourcesSv,
  ...financeSv,
  ...loadingSv,
  ...workspaceFileSv,
  ...boundarySv,
  ...localSv,
  ...localSumSv,
  ...localCompareSv,
  ...localLanSv,
  ...lanKommunSv,
  ...shapesSv,
  ...summarySv,
  ...strategySv,
  ...goalAreaSv,
  ...goalAreasSv,
  ...strategyFileSv,
  ...targetTableSv,
  ...meetingSv,
  ...exempelSv,
  ...ledgerShapesSv,
  ...briefingSv,
  ...printExportSv,
  ...chainTargetsSv,
};

export type MessageKey = keyof typeof sv;

const en: Record<MessageKey, string> = {
  ...learningLogEn,
  ...commonEn,
  ...importEn,
  ...viewsEn,
  ...sourcesEn,
  ...financeEn,
  ...loadingEn,
  ...workspaceFileEn,
  ...boundaryEn,
  ...localEn,
  ...localSumEn,
  ...localCompareEn,
  ...localLanEn,
  ...lanKommunEn,
  ...shapesEn,
  ...summaryEn,
  ...strategyEn,
  ...goalAreaEn,
  ...goalAreasEn,
  ...strategyFileEn,
  ...targetTableEn,
  ...meetingEn,
  ...exempelEn,
  ...ledgerShapesEn,
  ...briefingEn,
  ...printExportEn,
  ...chainTargetsEn,
};

const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { sv, en };

/** The text for `key`, with `{name}` placeholders filled in. Values are inserted as text. */
export function translate(
  lang: Lang,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = DICTIONARIES[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
