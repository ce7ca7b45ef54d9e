# The photos of a record (upload, thumbnails, viewing): QML files and their view models,
# appended to the lists of sources.cmake. The photos live in memory only (photo_store.h).
list(APPEND PMKS_QML_FILES
  ${CMAKE_CURRENT_LIST_DIR}/../qml/RecordPhotos.qml)
list(APPEND PMKS_QML_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/photo_store.h
  ${CMAKE_CURRENT_LIST_DIR}/photo_store.cpp
  ${CMAKE_CURRENT_LIST_DIR}/photo_transfer.h
  ${CMAKE_CURRENT_LIST_DIR}/photo_transfer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/record_photos.h
  ${CMAKE_CURRENT_LIST_DIR}/record_photos.cpp)
