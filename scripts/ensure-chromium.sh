#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright cannot download browsers here). On a fresh machine where we
# are root and apt-get exists, install it with CJK fonts; elsewhere say what to install.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
fonts_ok() { fc-list 2>/dev/null | grep -qi 'noto.*cjk'; }
if [ -x "$browser" ] && fonts_ok; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "浏览器测试需要 Chromium 与中文字体，正在安装：apt-get install chromium fonts-noto-cjk" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
  exit 0
fi
echo "浏览器测试需要 Chromium（$browser）与中文字体：sudo apt-get install -y chromium fonts-noto-cjk，或设置 CHROMIUM_PATH" >&2
exit 1
