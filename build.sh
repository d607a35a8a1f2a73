#!/usr/bin/env bash
# Fieldcase's front door. See README.md.
#   ./build.sh run     install what is missing, build, open the app
#   ./build.sh test    install what is missing, build, run every test
#   ./build.sh asan    the whole suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   ./build.sh build   build only (dev preset)
#   ./build.sh format  reformat the sources with clang-format; ./build.sh format-check only checks
#   ./build.sh fuzz [SECONDS]  build the fuzzers (three of bundles, one of spreadsheets) with clang and run each SECONDS
#                      (default 60) on the seeds
#   ./build.sh deb     build the Debian package (release preset, CPack), check it and print its path
#   ./build.sh screenshots [CASES]  render the main screens in English and Russian into docs/screenshots
#                      (training vault of CASES cases, default 100 000: the reference size; takes minutes)
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6svg6 libgl-dev
  libsqlcipher-dev libsodium-dev catch2 libstemmer-dev libicu-dev
  libxcb1-dev sqlite3 xvfb xauth clang-format qt6-charts-dev libqt6opengl6-dev qt6-svg-dev poppler-utils
  libquazip1-qt6-dev python3-openpyxl
)

say() { printf 'build.sh: %s\n' "$*" >&2; }

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      say "missing Debian packages: ${missing[*]}"
      say "run as root or install sudo, then try again"
      exit 1
    fi
  fi
  say "installing: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  local preset=$1
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
}

cmd=${1:-}
case "$cmd" in
  run)
    install_packages
    build dev
    shift
    exec ./build/dev/app/gui/fieldcase "$@"
    ;;
  test)
    install_packages
    build dev
    ctest --preset dev --timeout 600
    ;;
  asan)
    install_packages
    build asan
    ctest --preset asan --timeout 900
    ;;
  build)
    install_packages
    build dev
    ;;
  fuzz)
    seconds=${2:-60}
    PACKAGES+=(clang libclang-rt-14-dev)
    install_packages
    build fuzz
    # New inputs go to build/fuzz/corpus; the checked-in golden bundles and example spreadsheets are the seeds.
    # The bundle contents fuzzer has no seeds: it starts from nothing.
    for kind in bundle_reader:tests/data/bundles bundle_records:tests/data/bundles/inner bundle_contents: \
                spreadsheet:tests/data/spreadsheets; do
      name=${kind%%:*}
      seeds=${kind#*:}
      corpus=build/fuzz/corpus/$name
      mkdir -p "$corpus"
      if [ -n "$seeds" ]; then
        find "$seeds" -maxdepth 1 -type f ! -name README.md -exec cp -n {} "$corpus/" \;
      fi
      say "fuzzing the $name reader for $seconds s"
      "./build/fuzz/tests/fuzz/fieldcase_${name}_fuzzer" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="build/fuzz/crash-$name-" "$corpus"
    done
    ;;
  deb)
    PACKAGES+=(dpkg-dev file lintian desktop-file-utils appstream)
    install_packages
    # The release preset with Debian's hardening flags added (fortified functions, stack protector, full RELRO).
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_CXXFLAGS_MAINT_STRIP="-g -O2"
    cmake --preset release -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
      -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" >/dev/null
    cmake --build --preset release
    rm -rf build/release/packages
    cpack --config build/release/CPackConfig.cmake -B build/release/packages
    deb=$(echo build/release/packages/*.deb)
    packaging/check-package.sh "$deb"
    say "built and checked: $deb"
    echo "$PWD/$deb"
    ;;
  screenshots)
    cases=${2:-100000}
    install_packages
    build dev
    # The real X11 platform on a virtual display, so fonts and style are drawn as on a desktop.
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" \
      build/dev/tests/screenshots/fieldcase-screenshots --cases "$cases" --out docs/screenshots
    ;;
  format|format-check)
    install_packages
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
    if [ "$cmd" = format ]; then
      clang-format -i "${files[@]}"
    else
      clang-format --dry-run -Werror "${files[@]}"
    fi
    ;;
  *)
    say "usage: ./build.sh run|test|asan|build|deb|screenshots [CASES]|format|format-check|fuzz [SECONDS]"
    exit 2
    ;;
esac
