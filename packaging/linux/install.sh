#!/bin/sh
# Install InfoInterview for the current user (no root needed), from the
# unpacked .tar.gz:
#
#     ./install.sh              install or update into ~/.local
#     ./install.sh --uninstall  remove the program (your data folder is kept)
#
# The program goes to ~/.local/opt/infointerview, the command to
# ~/.local/bin/infointerview, the menu entry and icons to ~/.local/share.
set -eu

APP_ID=org.infointerview.InfoInterview
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/opt/infointerview
bin_dir=$HOME/.local/bin
apps_dir=$data_home/applications
icons_dir=$data_home/icons/hicolor

refresh_caches() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps_dir" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons_dir" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$prefix"
  rm -f "$bin_dir/infointerview" "$apps_dir/$APP_ID.desktop"
  find "$icons_dir" -name "$APP_ID.*" -type f -exec rm -f {} + 2>/dev/null || true
  refresh_caches
  echo "InfoInterview removed. Your data folder (~/.local/share/InfoInterview) was kept."
  exit 0
fi

if [ ! -x "$here/infointerview/infointerview" ]; then
  echo "install.sh: run me from the unpacked archive (infointerview/ is missing next to me)" >&2
  exit 1
fi

mkdir -p "$(dirname "$prefix")" "$bin_dir" "$apps_dir"
rm -rf "$prefix.new"
cp -a "$here/infointerview" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
ln -sf "$prefix/infointerview" "$bin_dir/infointerview"

for size_dir in "$here"/icons/hicolor/*/; do
  size=$(basename "$size_dir")
  mkdir -p "$icons_dir/$size/apps"
  cp "$size_dir"apps/* "$icons_dir/$size/apps/"
done

# The menu entry runs the installed program by its full path.
sed "s|^Exec=.*|Exec=$prefix/infointerview|" "$here/$APP_ID.desktop" >"$apps_dir/$APP_ID.desktop"
chmod 0644 "$apps_dir/$APP_ID.desktop"
refresh_caches

echo "InfoInterview installed in $prefix"
echo "Start it from your applications menu, or run: $bin_dir/infointerview"
case ":$PATH:" in
  *":$bin_dir:"*) ;;
  *) echo "(add $bin_dir to your PATH to run 'infointerview' from a terminal)" ;;
esac
