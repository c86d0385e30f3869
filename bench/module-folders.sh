# shellcheck shell=bash
# Sourced by the Terraform bench scripts, from the repository's root: `module_folders FOLDER`
# prints, one per line, the folders outside FOLDER that its local module calls name
# (`source = "../../"`), resolved from FOLDER — what albdoctor must be given beside FOLDER to
# read those modules, as its TF001 note says. A module's own local modules are below the
# folders printed, so one level is enough.
module_folders() {
    local folder source
    folder=$(cd "$1" && pwd)
    grep -hoE '^\s*source\s*=\s*"\.\.?/[^"]*"' "$folder"/*.tf 2>/dev/null | sed -E 's/.*"(.*)"/\1/' | sort -u | while read -r source; do
        (cd "$folder/$source" 2>/dev/null && pwd)
    done | sort -u | while read -r source; do
        case "$source/" in "$folder"/*) ;; *) echo "$source" ;; esac
    done
}
