# The photos of a record (upload, thumbnails, viewing): QML files and their view models,
# appended to the lists of sources.cmake.
list(APPEND PMKS_QML_FILES)
list(APPEND PMKS_QML_SOURCES)
