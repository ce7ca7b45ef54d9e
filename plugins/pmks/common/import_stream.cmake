# Streaming a TableReader to PmksService.ImportRecords and writing the error report (see
# import_stream.h), for simpulctl pmks import and the desktop import wizard.
target_sources(simpul_pmks_common PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/import_stream.h
  ${CMAKE_CURRENT_LIST_DIR}/import_stream.cpp)
