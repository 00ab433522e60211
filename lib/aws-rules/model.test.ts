/**
 * The AWS model extract is what the installed packages say, and every shape the mapping names exists in it: a
 * package update that renames or drops a shape fails here, and re-running `npm run aws-model` takes in its new
 * enumerations and replacement facts.
 */
import * as fs from 'fs';
import { missingShapes } from './index';
import { awsModel, MODEL_FILE, replacementOf } from './model';
import { KIND_SHAPES, SDK_ENUMS } from './shapes';

test('every mapped kind and field names a shape the model has', () => {
  expect(missingShapes()).toEqual([]);
});

test('a mapped shape that no longer exists in the model is reported', () => {
  const renamed = {
    'ec2/Instance': { cfn: 'AWS::EC2::Instance', fields: { instanceType: 'InstanceTypeRenamed', ami: 'ImageId' } },
    'ec2/Gone': { cfn: 'AWS::EC2::NoSuchType', fields: {} },
  };
  expect(missingShapes(renamed)).toEqual(['ec2/Instance instanceType → AWS::EC2::Instance InstanceTypeRenamed', 'ec2/Gone → AWS::EC2::NoSuchType']);
});

test('enumerations come from the SDK where CloudFormation leaves them open, and replacement facts from the spec', () => {
  const model = awsModel();
  const types = model.enums['@aws-sdk/client-ec2 InstanceType'];
  expect(types.length).toBeGreaterThan(1000);
  expect(types).toEqual(expect.arrayContaining(['t3.micro', 't4g.micro', 'm7i.large']));
  expect(model.types['AWS::EC2::Instance'].InstanceType.enum).toBe('@aws-sdk/client-ec2 InstanceType');
  expect(Object.keys(SDK_ENUMS).length).toBeGreaterThan(0);
  expect(model.types['AWS::EC2::FlowLog'].TrafficType.values).toEqual(['ACCEPT', 'ALL', 'REJECT']);
  expect(replacementOf('AWS::EC2::VPC', 'CidrBlock')).toBe('yes');
  expect(replacementOf('AWS::EC2::Instance', 'InstanceType')).toBe('maybe');
  expect(replacementOf('AWS::EC2::VPC', 'EnableDnsHostnames')).toBeUndefined();
  // Nested: replaced because the block it is in is.
  expect(replacementOf('AWS::EC2::Instance', 'NetworkInterfaces[].AssociatePublicIpAddress')).toBe('yes');
});

test('the extract holds only the mapped types and loads fast', () => {
  const mapped = new Set(Object.values(KIND_SHAPES).flatMap((k) => (k.cfn ? [k.cfn] : [])));
  for (const t of mapped) expect(Object.keys(awsModel().types)).toContain(t);
  const t0 = performance.now();
  JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8'));
  expect(performance.now() - t0).toBeLessThan(100);
  expect(fs.statSync(MODEL_FILE).size).toBeLessThan(256 * 1024);
});
