/** `npm run aws-model`: regenerates lib/aws-rules/model.json from the installed AWS model packages (commit it). */
import * as fs from 'fs';
import * as path from 'path';
import { generateModel } from './generate-aws-model';
import { MODEL_FILE } from '../lib/aws-rules/model';

const model = generateModel();
fs.writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);
const size = fs.statSync(MODEL_FILE).size;
console.log(
  `wrote ${path.relative(process.cwd(), MODEL_FILE)} (${(size / 1024).toFixed(1)} KiB): ${Object.keys(model.types).length} resource types, ${Object.keys(model.enums).length} SDK enums, from ${Object.entries(
    model.packages,
  )
    .map(([p, v]) => `${p}@${v}`)
    .join(', ')}`,
);
