#!/usr/bin/env bash
# Regenerates the pictures in the README (docs/pictures/*.png): the HTML reports of the incident,
# rendered by headless Chromium.
#   lint.png      albdoctor lint fixtures/unrouted-alb-subnet/ --format html
#   diagnose.png  albdoctor diagnose on the incident in the lab with moto (needs root: network namespaces)
# SOURCE_DATE_EPOCH is fixed, so the pages are the same bytes on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "needs chromium (apt-get install chromium)" >&2; exit 2; }
swift build --product albdoctor >/dev/null
albdoctor=$PWD/.build/debug/albdoctor
export SOURCE_DATE_EPOCH=1766706000 NO_COLOR=1
out=docs/pictures
mkdir -p "$out"
pages=$(mktemp -d)
shoot() { # PAGE PNG WIDTH HEIGHT
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking \
        --window-size="$3,$4" --screenshot="$2" "file://$1" >/dev/null 2>&1
    echo "$2"
}
"$albdoctor" lint fixtures/unrouted-alb-subnet/ --region ap-northeast-1 --format html > "$pages/lint.html" || true
shoot "$pages/lint.html" "$out/lint.png" 1000 1150
if [ "$(id -u)" = 0 ]; then
    . lab/incident.sh
    trap 'incident_down; rm -rf "$pages"' EXIT
    incident_up
    HOME=$incident_dir AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_EC2_METADATA_DISABLED=true \
        "$albdoctor" diagnose https://test.lab/ --dns "$incident_dns" --ca-file "$incident_ca" --connect-timeout 2s \
        --endpoint-url "$incident_endpoint" --region ap-northeast-1 --templates fixtures/unrouted-alb-subnet/ --format html > "$pages/diagnose.html" || true
    shoot "$pages/diagnose.html" "$out/diagnose.png" 1200 2300
else
    rm -rf "$pages"
    echo "diagnose.png kept: its lab needs root" >&2
fi
