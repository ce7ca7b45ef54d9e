# The pmks server face's sources (plugins/pmks/CMakeLists.txt passes them to
# simpul_add_plugin).
set(PMKS_SERVER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/record_store.h
  ${CMAKE_CURRENT_LIST_DIR}/import_records.h
  ${CMAKE_CURRENT_LIST_DIR}/import_records.cpp)
