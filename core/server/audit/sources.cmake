# audit: sources of simpul_server (see ../CMakeLists.txt).
target_sources(simpul_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/audit_log.h
  ${CMAKE_CURRENT_LIST_DIR}/audit_log.cpp
  ${CMAKE_CURRENT_LIST_DIR}/audit_service.h
  ${CMAKE_CURRENT_LIST_DIR}/audit_service.cpp)
