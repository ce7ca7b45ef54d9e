# The import wizard and the exports of the desktop face: QML files and their view models,
# appended to the lists of sources.cmake.
list(APPEND PMKS_QML_FILES)
list(APPEND PMKS_QML_SOURCES)
# Part G, the import wizard: ImportJob (preview, ImportRecords stream, error report) over
# Simpul::PmksCommon's TableReader and import_stream.
list(APPEND PMKS_QML_FILES
  ${CMAKE_CURRENT_LIST_DIR}/../qml/ImportWizardPage.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/ImportChooseStep.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/ImportResultStep.qml)
list(APPEND PMKS_QML_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/import_table_model.h
  ${CMAKE_CURRENT_LIST_DIR}/import_table_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/import_preview.h
  ${CMAKE_CURRENT_LIST_DIR}/import_preview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/import_job.h
  ${CMAKE_CURRENT_LIST_DIR}/import_job.cpp)
# Part H, the exports: ExportJob (records and recaps to CSV/XLSX/PDF through
# Simpul::PmksCommon's export_stream) and its dialog on the records and recap pages.
list(APPEND PMKS_QML_FILES
  ${CMAKE_CURRENT_LIST_DIR}/../qml/ExportDialog.qml)
list(APPEND PMKS_QML_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/export_job.h
  ${CMAKE_CURRENT_LIST_DIR}/export_job.cpp)
