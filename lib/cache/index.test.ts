import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readCache, trimCache, writeCache } from '.';

describe('cache directories', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-cache-trim-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** n entries, entry-0 the oldest. */
  const fill = (n: number) => {
    for (let i = 0; i < n; i++) {
      fs.writeFileSync(path.join(dir, `entry-${i}`), String(i));
      const t = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      fs.utimesSync(path.join(dir, `entry-${i}`), t, t);
    }
  };

  test('a directory past its limit keeps its newest three quarters', () => {
    fill(12);
    trimCache(dir, 8);
    expect(fs.readdirSync(dir).sort()).toEqual(['entry-10', 'entry-11', 'entry-6', 'entry-7', 'entry-8', 'entry-9']);
    trimCache(dir, 8); // within the limit: nothing goes
    expect(fs.readdirSync(dir)).toHaveLength(6);
  });

  test('a write trims a grown directory, and the entry written stays readable', () => {
    fill(20);
    writeCache(dir, 'new', 'text', 10);
    const left = fs.readdirSync(dir);
    expect(left.length).toBeLessThanOrEqual(10);
    expect(left).toContain('new');
    expect(left).not.toContain('entry-0');
    expect(readCache(dir, 'new')).toBe('text');
  });

  test('no cache directory, or one that cannot be written, is no error', () => {
    expect(() => writeCache(undefined, 'x', 'y')).not.toThrow();
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, '');
    expect(() => writeCache(path.join(file, 'sub'), 'x', 'y')).not.toThrow();
    expect(() => trimCache(path.join(dir, 'missing'), 1)).not.toThrow();
  });
});
