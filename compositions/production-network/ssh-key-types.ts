/**
 * Key types EC2 can import: ImportKeyPair takes the public key of an RSA or ED25519 key pair only
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportKeyPair.html); ECDSA and FIDO security-key
 * (`sk-…`) keys are refused, so the KeyPair and the bastion that takes it would never be created.
 *
 * In a module of its own so the claim checks (checks.ts, part of every offline tool) do not load the schema's
 * authoring (api.ts and typebox) for it.
 */
export const SSH_KEY_TYPES = ['ssh-ed25519', 'ssh-rsa'] as const;
