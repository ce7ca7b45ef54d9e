# inbox: sources of simpul_server (see ../CMakeLists.txt).
target_sources(simpul_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/inbox_store.h
  ${CMAKE_CURRENT_LIST_DIR}/inbox_store.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox_service.h
  ${CMAKE_CURRENT_LIST_DIR}/inbox_service.cpp)
