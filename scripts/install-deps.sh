#!/usr/bin/env bash
# Installs every Debian package that building, packaging, the demo and the tests need.
# Idempotent: packages already present are not fetched again. Runs apt as root, via sudo otherwise.
set -euo pipefail

PACKAGES=(
  cmake g++ make pkg-config zip unzip bc time python3 poppler-utils
  libreoffice-dev libreoffice-writer libreoffice-core
  libpugixml-dev libboost-dev libboost-program-options-dev libzip-dev nlohmann-json3-dev
  googletest libgtest-dev libgmock-dev
  fonts-noto-cjk opencc libopencc-dev libxml2-utils parallel
  python3-uno libreoffice-script-provider-python libreoffice-help-common
  xvfb xdotool x11-xserver-utils imagemagick x11-utils libreoffice-l10n-zh-cn libreoffice-l10n-zh-tw
  dpkg-dev file man-db libcurl4-gnutls-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
