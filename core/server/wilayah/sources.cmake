# wilayah: sources of simpul_server (see ../CMakeLists.txt).
target_sources(simpul_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/wilayah_loader.h
  ${CMAKE_CURRENT_LIST_DIR}/wilayah_loader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wilayah_repository.h
  ${CMAKE_CURRENT_LIST_DIR}/wilayah_repository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wilayah_service.h
  ${CMAKE_CURRENT_LIST_DIR}/wilayah_service.cpp)
