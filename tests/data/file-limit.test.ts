import { describe, expect, it } from 'vitest';
import { admitFiles, MAX_FILE_BYTES, refusedFiles, withinLimit } from '../../src/app/file-limit';

describe('the file-size limit', () => {
  it('is 500 MB', () => {
    expect(MAX_FILE_BYTES).toBe(500 * 1024 * 1024);
  });

  it('refuses the files over it by name and size and keeps the rest, in order', () => {
    const files = [
      { name: 'a.csv', size: 10 },
      { name: 'stor.csv', size: MAX_FILE_BYTES + 1 },
      { name: 'b.csv', size: MAX_FILE_BYTES },
    ];
    expect(withinLimit(files)).toEqual({
      accepted: [files[0], files[2]],
      refused: [{ name: 'stor.csv', size: MAX_FILE_BYTES + 1 }],
    });
  });

  it('admitFiles notes the refused ones for the page to name, until dismissed', () => {
    refusedFiles.clear();
    let told = 0;
    const stop = refusedFiles.subscribe(() => told++);
    const kept = admitFiles([
      { name: 'ok.csv', size: 1 },
      { name: 'jätte.xlsx', size: 600 * 1024 * 1024 },
    ]);
    expect(kept.map((f) => f.name)).toEqual(['ok.csv']);
    expect(refusedFiles.get()).toEqual([{ name: 'jätte.xlsx', size: 600 * 1024 * 1024 }]);
    admitFiles([{ name: 'liten.csv', size: 2 }]);
    expect([refusedFiles.get().length, told]).toEqual([1, 1]);
    refusedFiles.clear();
    expect(refusedFiles.get()).toEqual([]);
    stop();
  });
});
