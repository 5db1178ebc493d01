#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 StsScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Install the Debian packages the testbed needs, when missing. Debian's postfix, nginx,
# unbound, knot, dante-server and dovecot packages start nothing here (no systemd); the testbed runs
# its own instances with their own configuration, so the packages' defaults do not matter.
set -euo pipefail

# dante-server: the SOCKS5 proxy through which a check sees past the observer-side conditions.
# dovecot-imapd: the IMAP server of report mail (mail/README.md); it brings dovecot-core (dovecot, doveadm).
PACKAGES=(knot knot-dnsutils unbound nginx-light postfix dnsutils curl openssl iproute2 nftables
    python3 jq procps dante-server dovecot-imapd)

if [[ ${1:-} == --list ]]; then
    printf '%s\n' "${PACKAGES[@]}"
    exit 0
fi

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi
if [[ $EUID -ne 0 ]]; then
    echo "install-deps.sh: missing ${missing[*]}; run as root" >&2
    exit 1
fi
echo "install-deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# postfix asks which kind of mail system it is; the testbed needs none of them.
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
