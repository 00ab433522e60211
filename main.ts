import { settingsFromEnv, synth, type SynthSettings } from './app';

const started = Date.now();
let settings: SynthSettings;
try {
  settings = settingsFromEnv();
} catch (err) {
  // A setting that cannot be used is a setup error (exit 2), reported before anything is written.
  console.error(`synth: ${(err as Error).message}`);
  process.exit(2);
}
try {
  const files = synth(settings);
  for (const f of files) console.log(`  ${f}`);
  console.log(`synthesized ${files.length} files in ${Date.now() - started} ms`);
} catch (err) {
  console.error(`synth failed: ${(err as Error).message}`);
  process.exit(1);
}
