# The pmks server face's sources (plugins/pmks/CMakeLists.txt passes them to
# simpul_add_plugin).
set(PMKS_SERVER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/pmks_server_face.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pmks_schema.h
  ${CMAKE_CURRENT_LIST_DIR}/pmks_schema.cpp
  ${CMAKE_CURRENT_LIST_DIR}/recap_counts.h
  ${CMAKE_CURRENT_LIST_DIR}/recap_counts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/recap_service.cpp
  ${CMAKE_CURRENT_LIST_DIR}/record_rows.h
  ${CMAKE_CURRENT_LIST_DIR}/record_rows.cpp
  ${CMAKE_CURRENT_LIST_DIR}/record_service.h
  ${CMAKE_CURRENT_LIST_DIR}/record_service.cpp
  ${CMAKE_CURRENT_LIST_DIR}/record_service_workflow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/record_store.h
  ${CMAKE_CURRENT_LIST_DIR}/record_store.cpp
  ${CMAKE_CURRENT_LIST_DIR}/import_records.h
  ${CMAKE_CURRENT_LIST_DIR}/import_records.cpp)
# Part B (import): the template rows.
list(APPEND PMKS_SERVER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/import_row.h
  ${CMAKE_CURRENT_LIST_DIR}/import_row.cpp)
# Part E: Dasawisma groups and reports.
list(APPEND PMKS_SERVER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_schema.h
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_schema.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_rows.h
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_rows.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_service.h
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_groups.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_reports.cpp)
# Part F: exports (PmksExportService).
list(APPEND PMKS_SERVER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/export_service.h
  ${CMAKE_CURRENT_LIST_DIR}/export_service.cpp)
# Part K: the photos of a record (Record.attachments) are checked against core's files.
list(APPEND PMKS_SERVER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/record_attachments.h
  ${CMAKE_CURRENT_LIST_DIR}/record_attachments.cpp)
# Issue 7: the free-text fields have lengths, so no request stores megabytes in a record.
list(APPEND PMKS_SERVER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/record_limits.h
  ${CMAKE_CURRENT_LIST_DIR}/record_limits.cpp)
