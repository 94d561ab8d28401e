# Writes LEXICON_DIR/VERSION: one line that names the language tables'
# contents and where they came from, e.g.
#   sha256:1f0c… hunspell-sv=1:2.28-… libreoffice-help-sv=… cfi-sv=… …
# The hash covers every table (name and bytes, in name order), so two builds
# from the same Debian packages print the same stamp (the tables are
# byte-reproducible) and any change to a table changes it.
# `finsam-extract --version` prints it (base/data_dir.h: DataVersion).
#
#   cmake -DLEXICON_DIR=DIR "-DPACKAGES=a;b" -P data_version.cmake
cmake_minimum_required(VERSION 3.22)
file(GLOB tables RELATIVE ${LEXICON_DIR} ${LEXICON_DIR}/*)
list(REMOVE_ITEM tables VERSION)
list(SORT tables)
set(listing "")
foreach(table IN LISTS tables)
  file(SHA256 ${LEXICON_DIR}/${table} digest)
  string(APPEND listing "${digest}  ${table}\n")
endforeach()
string(SHA256 digest "${listing}")
string(SUBSTRING "${digest}" 0 16 digest)
set(stamp "sha256:${digest}")
foreach(package IN LISTS PACKAGES)
  execute_process(COMMAND dpkg-query -W -f=\${Version} ${package}
                  OUTPUT_VARIABLE version RESULT_VARIABLE failed
                  ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(failed OR version STREQUAL "")
    set(version "?")
  endif()
  string(APPEND stamp " ${package}=${version}")
endforeach()
file(WRITE ${LEXICON_DIR}/VERSION "${stamp}\n")
