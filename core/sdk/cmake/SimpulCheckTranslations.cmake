# cmake -DLUPDATE=<lupdate> -DTS=<file.ts> -DWORK=<dir> -DSOURCES=<a|b|...> -P SimpulCheckTranslations.cmake
#
# Fails when a translatable text of SOURCES is missing from TS or has no translation there:
# lupdate runs over the sources into a copy of TS in WORK (the committed file is not
# touched), and any entry it leaves unfinished is reported with its source text. Run by the
# test <id>.translations_current that simpul_add_plugin adds for each TS file.
foreach(var LUPDATE TS WORK SOURCES)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "SimpulCheckTranslations: ${var} is required")
  endif()
endforeach()
string(REPLACE "|" ";" SOURCES "${SOURCES}")
get_filename_component(ts_name "${TS}" NAME)
file(MAKE_DIRECTORY "${WORK}")
set(copy "${WORK}/${ts_name}")
file(COPY_FILE "${TS}" "${copy}")
execute_process(
  COMMAND "${LUPDATE}" ${SOURCES} -ts "${copy}" -no-obsolete -locations none -silent
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()
file(READ "${copy}" content)
# A ";" in a text would split the entries below (CMake lists): set aside while matching.
string(ASCII 31 unit_separator)
string(REPLACE ";" "${unit_separator}" content "${content}")
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" found
  "${content}")
list(LENGTH found missing)
if(missing GREATER 0)
  set(texts "")
  foreach(entry IN LISTS found)
    string(REGEX REPLACE "^<source>([^<]*)</source>.*$" "\\1" text "${entry}")
    string(REPLACE "${unit_separator}" ";" text "${text}")
    string(APPEND texts "  ${text}\n")
  endforeach()
  message(FATAL_ERROR "${ts_name}: ${missing} text(s) without a translation; run "
    "`cmake --build <build> --target update_translations`, translate them and commit:\n${texts}")
endif()
string(REGEX MATCHALL "<translation>" done "${content}")
list(LENGTH done count)
message(STATUS "${ts_name}: all ${count} texts of the sources are translated")
