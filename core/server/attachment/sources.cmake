# attachment: sources of simpul_server (see ../CMakeLists.txt). The backup service lives here
# too: like attachments, it streams bytes out of the store through a temporary file.
target_sources(simpul_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/temp_files.h
  ${CMAKE_CURRENT_LIST_DIR}/temp_files.cpp
  ${CMAKE_CURRENT_LIST_DIR}/attachment_service.h
  ${CMAKE_CURRENT_LIST_DIR}/attachment_service.cpp
  ${CMAKE_CURRENT_LIST_DIR}/backup_service.h
  ${CMAKE_CURRENT_LIST_DIR}/backup_service.cpp)
