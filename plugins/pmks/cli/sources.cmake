# The pmks CLI face's sources (plugins/pmks/CMakeLists.txt passes them to simpul_add_plugin):
# `simpulctl pmks import` and `simpulctl pmks recap`.
set(PMKS_CLI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/pmks_cli.h
  ${CMAKE_CURRENT_LIST_DIR}/pmks_cli_face.cpp
  ${CMAKE_CURRENT_LIST_DIR}/import_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/recap_command.cpp)
# Part F: `simpulctl pmks export records|recap` (the files are written by PmksCommon's
# export_stream, shared with the desktop).
list(APPEND PMKS_CLI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/export_command.cpp)
# `simpulctl pmks demo`: PMKS demo data through the server, as the demo accounts.
list(APPEND PMKS_CLI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/demo_command.cpp)
