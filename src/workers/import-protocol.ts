import type { Dataset } from '../data/dataset/dataset';
import type { ShapeMapping, SourceOptions } from '../data/workspace/workspace';
import type { SentLedger } from './ledger-reuse';
import type { TargetColumns } from '../data/dataset/target-columns';

/**
 * One file handed to the import worker: fetched bytes (transferred, not copied), or a picked file,
 * which the worker reads itself so that its bytes never occupy the page's thread.
 */
export interface FileInput {
  readonly name: string;
  readonly source: ArrayBuffer | Blob;
  readonly options?: SourceOptions;
  /** The workspace source it is (Source.id): its report carries the id, so Källor finds it by id, not name. */
  readonly sourceId?: string;
  /** One of the app's example files (its ledger gives way to the user's own, county by county). */
  readonly example?: boolean;
  /** The user's own definitions (the strategy's indicators, own targets): they win over every file's. */
  readonly own?: boolean;
  /**
   * The example catalogue when the example data is off: it only names the indicators the user's
   * files carry (reference-definitions.ts); nothing else of it is used or reported.
   */
  readonly definitionsOnly?: boolean;
}

export interface ImportRequest {
  readonly kind: 'import';
  readonly id: number;
  readonly files: readonly FileInput[];
  /** Column mappings chosen before, applied to any file of the same shape. */
  readonly mappings: readonly ShapeMapping[];
}

/**
 * Read these files now, before any import asks for them, as an import of them alone would: sent at
 * start with the example data, so that the first import finds them read.
 */
export interface WarmRequest {
  readonly kind: 'warm';
  readonly files: readonly FileInput[];
  /** The example files' results made at build time (parse-seed.ts), when the page has them. */
  readonly seed?: ArrayBuffer;
  /**
   * The page holds the example data's ledger (the build's dataset): the worker takes the ledger of
   * the example files alone as sent (ledger-reuse.ts), if it has sent none yet.
   */
  readonly primeLedger?: boolean;
}

export type WorkerRequest = ImportRequest | WarmRequest;

export type ImportResponse =
  | { readonly id: number; readonly kind: 'progress'; readonly share: number }
  | {
      readonly id: number;
      readonly kind: 'done';
      /** The dataset but its ledger, which comes apart and only when it changed (ledger-reuse.ts), and its targets. */
      readonly dataset: Omit<Dataset, 'ledger' | 'targets'>;
      /** The targets as columns, transferred (target-columns.ts). */
      readonly targets: TargetColumns;
      readonly ledger: SentLedger;
    }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };
