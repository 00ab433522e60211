import { settingsFromEnv, synth } from './app';

const started = Date.now();
try {
  const files = synth(settingsFromEnv());
  for (const f of files) console.log(`  ${f}`);
  console.log(`synthesized ${files.length} files in ${Date.now() - started} ms`);
} catch (err) {
  console.error(`synth failed: ${(err as Error).message}`);
  process.exit(1);
}
