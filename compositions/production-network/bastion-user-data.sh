#!/bin/bash
# Bastion first-boot setup (runs once, as root, through cloud-init). Output goes to /var/log/bastion-setup.log.
# Runs on Amazon Linux 2023 and Amazon Linux 2. BASTION_ROOT is empty on the host; tests point it at a fake root.
set -euo pipefail
root="${BASTION_ROOT:-}"
exec > >(tee -a "$root/var/log/bastion-setup.log" | logger -t bastion-setup) 2>&1

# Hardening and audit come first and the package update last: cloud-init runs user data once per instance
# (https://cloudinit.readthedocs.io/en/latest/reference/modules.html#scripts-user, frequency once-per-instance), so a
# step that aborts the script is never retried, and at first boot the package repositories may not be reachable yet
# (NAT gateway or S3 endpoint still being created). The SSM agent that ships with Amazon Linux keeps the host
# manageable without SSH.
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

# Security updates last, bounded: a few attempts a minute apart, and a failure is logged, never fatal (the hardening
# above has already been applied). Amazon Linux 2023 applies later security updates through `dnf upgrade`;
# Amazon Linux 2 through `yum update`.
update_attempts="${BASTION_UPDATE_ATTEMPTS:-5}"
update_delay="${BASTION_UPDATE_DELAY:-60}"
if command -v dnf >/dev/null; then update=(dnf -y upgrade --security); else update=(yum -y update --security); fi
for attempt in $(seq 1 "$update_attempts"); do
  if "${update[@]}"; then echo "security updates applied"; break; fi
  if [ "$attempt" -eq "$update_attempts" ]; then
    echo "security updates failed after $attempt attempts: run '${update[*]}' on the host (or through SSM Run Command)"
  else
    sleep "$update_delay"
  fi
done
echo "bastion setup complete"
