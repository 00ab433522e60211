#!/bin/bash
# Bastion first-boot setup (runs once, as root, through cloud-init). Output goes to /var/log/bastion-setup.log.
set -euo pipefail
exec > >(tee -a /var/log/bastion-setup.log | logger -t bastion-setup) 2>&1

# Security updates now; the SSM agent that ships with Amazon Linux keeps the host manageable without SSH.
if command -v dnf >/dev/null; then dnf -y upgrade --security; else yum -y update --security; fi
systemctl enable --now amazon-ssm-agent || true

# SSH: keys only, no root, short idle sessions, verbose auth logging (key fingerprints in the journal).
cat > /etc/ssh/sshd_config.d/90-bastion.conf <<'SSHD'
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
X11Forwarding no
AllowAgentForwarding yes
ClientAliveInterval 300
ClientAliveCountMax 2
LogLevel VERBOSE
SSHD
systemctl reload sshd

# Keep logs across reboots and record every interactive command with its user.
mkdir -p /var/log/journal && systemctl restart systemd-journald
cat > /etc/profile.d/bastion-audit.sh <<'AUDIT'
export PROMPT_COMMAND='history -a; logger -p authpriv.info -t bastion-cmd "user=$USER pwd=$PWD cmd=$(history 1 | sed "s/^ *[0-9]* *//")"'
AUDIT
echo "bastion setup complete"
