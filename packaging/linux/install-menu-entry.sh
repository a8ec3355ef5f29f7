#!/bin/sh
# Puts Policy Editor in your desktop's application menu (for you only, no root):
# the .desktop file and the icon go to ~/.local/share, pointing at this folder.
# Run it again after moving the folder; remove the two files to undo it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps"
cp "$here/policy-editor.png" "$data/icons/hicolor/256x256/apps/policy-editor.png"
# The menu needs the program's full path: the folder may be anywhere.
sed "s|^Exec=policy-editor |Exec=\"$here/policy-editor\" |" "$here/policy-editor.desktop" \
  > "$data/applications/policy-editor.desktop"
echo "Policy Editor staat nu in het menu ($data/applications/policy-editor.desktop)."
