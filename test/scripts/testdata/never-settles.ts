// A test file for test/scripts/time-limits.test.ts, run by a jest of its own: not matched by the project's testMatch.
test('waits for a promise that never settles', () => new Promise(() => {}), 300);
test.each([[1], [2]])('row %s waits too', (_n) => new Promise(() => {}), 300);
test('finishes', () => expect(1).toBe(1));
