#!/usr/bin/env bash
# Installs the system packages the tests need, when they are missing:
#   chromium       - PDF printing and the benchmark run in Debian's Chromium (Playwright cannot download its own here)
#   chromium-headless-shell - the end-to-end and reliability tests drive its headless shell (same engine, a third of the start-up CPU)
#   poppler-utils  - pdfinfo/pdftotext read exported PDFs back in the document tests
#   libreoffice-writer-nogui - reads the Word files back (soffice --convert-to pdf) in the document check
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/lib/chromium/chromium-headless-shell ] || need+=(chromium-headless-shell)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)

if [ ${#need[@]} -eq 0 ]; then
  echo "Test dependencies already installed."
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
echo "Installing: ${need[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
echo "Installed: ${need[*]}"
