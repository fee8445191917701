/**
 * One fork of the Node import figure (node-parse.ts): our pipeline and PapaParse header + typed on the
 * same file, in turn, a warm-up round and then ROUNDS timed rounds, in a process of its own. Prints
 * the times as JSON on stdout.
 *
 *   node --import tsx scripts/bench/parse-fork.ts FILE DECIMAL_COMMA(0|1) ROUNDS
 */
import { readFileSync } from 'node:fs';
import { importFile } from '../../src/data/pipeline/import-file';
import { papaTyped, rounds, type ForkTimes } from './node-parse';

const [file = '', comma = '0', count = '3'] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const { ms, results } = rounds(Number(count), [
  () => importFile('bench.csv', bytes).accepted,
  () => papaTyped(bytes, comma === '1').length,
]);
const times: ForkTimes = {
  ours: ms[0] ?? [],
  typed: ms[1] ?? [],
  oursRows: Number(results[0]),
  typedRows: Number(results[1]),
};
process.stdout.write(JSON.stringify(times));
