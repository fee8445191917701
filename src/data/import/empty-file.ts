import type { FormatReader } from './reader';
import { emptyOutcome } from './reader';

/** A file of no bytes: nothing to read, whatever its name says. */
export const emptyFileReader: FormatReader = {
  format: 'empty',
  sniff: (head) => head.bytes.length === 0,
  read: (_head, context) => {
    context.issues.add('file_empty', 1, null, {});
    return emptyOutcome('unknown', undefined);
  },
};
