# person: sources of simpul_server (see ../CMakeLists.txt).
target_sources(simpul_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/person_repository.h
  ${CMAKE_CURRENT_LIST_DIR}/person_repository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/person_fields.h
  ${CMAKE_CURRENT_LIST_DIR}/person_fields.cpp
  ${CMAKE_CURRENT_LIST_DIR}/person_facility.h
  ${CMAKE_CURRENT_LIST_DIR}/person_facility.cpp
  ${CMAKE_CURRENT_LIST_DIR}/person_service.h
  ${CMAKE_CURRENT_LIST_DIR}/person_service.cpp)
