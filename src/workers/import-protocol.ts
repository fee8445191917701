import type { Dataset } from '../data/dataset';

/** One file handed to the import worker; the bytes are transferred, not copied. */
export interface FileInput {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

export interface ImportRequest {
  readonly id: number;
  readonly files: readonly FileInput[];
}

export type ImportResponse =
  | { readonly id: number; readonly kind: 'progress'; readonly share: number }
  | { readonly id: number; readonly kind: 'done'; readonly dataset: Dataset }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };
