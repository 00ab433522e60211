#!/bin/bash
# Bastion first-boot setup (runs once, as root, through cloud-init). Output goes to /var/log/bastion-setup.log.
# Runs on Amazon Linux 2023 and Amazon Linux 2. BASTION_ROOT is empty on the host; tests point it at a fake root.
set -euo pipefail
root="${BASTION_ROOT:-}"
exec > >(tee -a "$root/var/log/bastion-setup.log" | logger -t bastion-setup) 2>&1

# Security updates now; the SSM agent that ships with Amazon Linux keeps the host manageable without SSH.
if command -v dnf >/dev/null; then dnf -y upgrade --security; else yum -y update --security; fi
systemctl enable --now amazon-ssm-agent || true

# SSH: keys only, no root, short idle sessions, verbose auth logging (key fingerprints in the journal).
# Amazon Linux 2023 (OpenSSH 8.7+) reads drop-ins from sshd_config.d; Amazon Linux 2 (OpenSSH 7.4) has no such
# directory and no Include, and does not know KbdInteractiveAuthentication (its name there is
# ChallengeResponseAuthentication), so there the settings go at the top of sshd_config, where sshd's
# first-value-wins rule makes them override the distribution's own lines further down. The drop-in is named 00-
# for the same rule: Amazon Linux 2023's own 50-redhat.conf sets X11Forwarding yes and is read after it.
settings='PasswordAuthentication no
PermitRootLogin no
X11Forwarding no
AllowAgentForwarding yes
ClientAliveInterval 300
ClientAliveCountMax 2
LogLevel VERBOSE'
sshd_config="$root/etc/ssh/sshd_config"
if grep -Eqi '^[[:space:]]*Include[[:space:]]+/etc/ssh/sshd_config\.d/' "$sshd_config"; then
  printf '%s\nKbdInteractiveAuthentication no\n' "$settings" > "$root/etc/ssh/sshd_config.d/00-bastion.conf"
elif ! grep -q '^# bastion-setup' "$sshd_config"; then
  { printf '# bastion-setup\n%s\nChallengeResponseAuthentication no\n\n' "$settings"; cat "$sshd_config"; } > "$sshd_config.new"
  mv "$sshd_config.new" "$sshd_config"
fi
# A configuration sshd would refuse must not take SSH down: test it before reloading.
sshd -t
systemctl reload sshd

# Keep logs across reboots and record every interactive command with its user.
mkdir -p "$root/var/log/journal" && systemctl restart systemd-journald
cat > "$root/etc/profile.d/bastion-audit.sh" <<'AUDIT'
export PROMPT_COMMAND='history -a; logger -p authpriv.info -t bastion-cmd "user=$USER pwd=$PWD cmd=$(history 1 | sed "s/^ *[0-9]* *//")"'
AUDIT
echo "bastion setup complete"
