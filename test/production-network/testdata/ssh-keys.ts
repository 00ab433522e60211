/**
 * Public key lines for tests of what EC2 imports. The RSA and ECDSA lines are public halves generated with
 * ssh-keygen for these tests (the private halves were discarded); the others are well-formed blobs whose key bytes
 * are readable text, so no one holds a private key for them.
 */
/** A second ED25519 key, for rotation (the first is EXAMPLE_SSH_KEY). */
export const ED25519_KEY_B = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGV4YW1wbGUta2V5LWZvci1kb2N1bWVudGF0aW9uLTAx ops-b@example.com';
export const RSA_2048_KEY =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDYihZQRhHKmKccbgEPa+2/DHueS6My5XB2nU8+ME503gSdt/lpmLcrhd2SEzq/86IANuRF2qAK5x/Zn4FROlz3euhYeHCbICVCglmzbXPTLt+PyuDjClm4K9Zf7pYldtfNMXYeldb4dnIDc/Yew+VYFrOcyqX+5EOYoLAebRp2+++MO2NYsqJWuaEMoe//n1Q8OcEgRZ64d8bKAoQZhEq0nWOW/M4tzX8S1+5gE0BzT89gBqlAs82KBY4glKCgjlP1eI2aWbrYugZXPvZUTkS6YSO4g+OTLL2jClQg9jSKwkp+1iEmwmtHekpSPyp8HpzWCDzdKzkDS7KaCj+djsH1 ops@example.com';
export const RSA_1024_KEY =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDcoeSUyfpldDwXxF1heSTcpfAbhL2sQhNQCj1Aq0WCOj7WztYSq8Ot75rQLk91FO7QK8PvbRpfYlT+XgQsFOW660Y4nUtwOHkitmY/5uUNeRHdqfy7YBHOdjbT7gSJuMaZvhCO0xVW+NcwAM4+LoqjGYlTET26f3XwMWALRi3j4w== ops@example.com';
/** ssh-keygen's default RSA size since OpenSSH 8.0, which EC2 does not list among the lengths it imports. */
export const RSA_3072_KEY =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQCqHyanWbZOBiTBEMcOsgujxffG7DcTRvdYPwHoJ7iwvBo5zS85zKCOyLvKSKSHLaEiAeF54ZFy8eHzVip3G8U0lzUphwFc5HYjFs4KoEUs6/deG20rcIlb8ZGqviT6tKd8Guc6XY2Byi+zieadL9MkbCh5H6RcC1rxqPYE4dZuwikzBFl4nbaj9s/mbaWhlPdlvqyQ7vjDMJy00IMadCLbVJQKV4MBTWROikORn7t3fBBT1xiwi53VlY/ldOz7w3KLf2j4WwOKL03MtHA49rhNuf9eKPttuJzuI7EHQeyNodUMsEybsOiQCazNW8YoBH1oxx6LyYPhpMxq37jwJKv1NTi+FTPcYJk8HiqTnQhHGIzLLsnQhO+uDzBIn2l4DaTQY1/jFtz/qHGtIHioOQSIRFMQPzb5cPq7eWFl4jSguEsR+RVTd63P0o8MZNJ3DwVuXNQaSUkQdR31hF8KlJvO7XhvCsFGv4NeKJPT54l6ScbULMk7KgnudZHCbjGWN28= ops@example.com';
export const ECDSA_KEY =
  'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBK15AnQketSuz4JXKPdnf1rPboTGWToLaxKoJSClH4MiByy1tmDiHsVj2xTfO7ar97tpb56903I/mIa4YbFWZ3A= ops@example.com';
export const SECURITY_KEY =
  'sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAIGV4YW1wbGUta2V5LWZvci1kb2N1bWVudGF0aW9uLTAy ops@example.com';
/** A line that says ssh-ed25519 but carries an RSA blob. */
export const MISLABELLED_KEY = 'ssh-ed25519 AAAAB3NzaC1yc2EAAAAgZXhhbXBsZS1rZXktZm9yLWRvY3VtZW50YXRpb24tMDM= ops@example.com';
/** An ED25519 line whose key bytes were cut short. */
export const TRUNCATED_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFl2cmJvZXhhbXBsZWtleWZvcmRvY3VtZW50YXRpb24 ops@example.com';
