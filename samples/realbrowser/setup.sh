#!/usr/bin/env bash
# Installs what samples/realbrowser/make_real.py needs (Debian/Ubuntu, as root or with sudo).
# Not part of `make test`: run it by hand before regenerating the real-browser captures.
set -euo pipefail
SUDO=""
[ "$(id -u)" = "0" ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  xvfb openbox tint2 faketime libfaketime \
  firefox-esr firefox-esr-l10n-fr chromium chromium-l10n \
  imagemagick x11-utils xdotool \
  locales fonts-dejavu-core fonts-liberation2 fonts-noto-core
# the clock formats use French, British and US English names of days and months
for loc in fr_FR.UTF-8 en_GB.UTF-8 en_US.UTF-8; do
  $SUDO sed -i "s/^# *\(${loc//./\\.} UTF-8\)/\1/" /etc/locale.gen 2>/dev/null || true
  grep -q "^${loc} UTF-8" /etc/locale.gen || echo "${loc} UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
done
$SUDO locale-gen
# DSFR CSS + Marianne fonts used by the page bodies
cd "$(dirname "$0")/../generator"
[ -d node_modules/@gouvfr/dsfr/dist ] || npm ci --no-audit --no-fund
