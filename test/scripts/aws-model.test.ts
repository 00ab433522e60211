/**
 * The committed AWS model extract (lib/aws-rules/model.json) is what the installed packages say: a package update
 * that changes an enumeration or a replacement fact fails here until `npm run aws-model` is run again.
 */
import * as fs from 'fs';
import { MODEL_FILE } from '../../lib/aws-rules/model';
import { generateModel } from '../../scripts/generate-aws-model';

test('model.json is what the installed @aws-cdk/aws-service-spec and AWS SDK clients give (run `npm run aws-model` after updating them)', () => {
  const committed = JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8'));
  const generated = generateModel();
  expect(committed.packages).toEqual(generated.packages);
  expect(committed).toEqual(generated);
});
