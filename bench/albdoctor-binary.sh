# Sourced by the bench scripts, from the repository's root: sets `albdoctor` to the absolute path
# of the binary to measure — $ALBDOCTOR when set, else a release build made here.
albdoctor=${ALBDOCTOR:-}
if [ -z "$albdoctor" ]; then
    swift build -c release --product albdoctor >/dev/null || exit 1
    albdoctor=.build/release/albdoctor
fi
albdoctor=$(cd "$(dirname "$albdoctor")" && pwd)/$(basename "$albdoctor")
