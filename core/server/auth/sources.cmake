# auth: sources of simpul_server (see ../CMakeLists.txt). Accounts, sessions, login, roles.
target_sources(simpul_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sodium_ready.h ${CMAKE_CURRENT_LIST_DIR}/sodium_ready.cpp
  ${CMAKE_CURRENT_LIST_DIR}/password.h ${CMAKE_CURRENT_LIST_DIR}/password.cpp
  ${CMAKE_CURRENT_LIST_DIR}/token.h ${CMAKE_CURRENT_LIST_DIR}/token.cpp
  ${CMAKE_CURRENT_LIST_DIR}/login_throttle.h ${CMAKE_CURRENT_LIST_DIR}/login_throttle.cpp
  ${CMAKE_CURRENT_LIST_DIR}/accounts.h ${CMAKE_CURRENT_LIST_DIR}/accounts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/session_store.h ${CMAKE_CURRENT_LIST_DIR}/session_store.cpp
  ${CMAKE_CURRENT_LIST_DIR}/user_rows.h ${CMAKE_CURRENT_LIST_DIR}/user_rows.cpp
  ${CMAKE_CURRENT_LIST_DIR}/user_access.h ${CMAKE_CURRENT_LIST_DIR}/user_access.cpp
  ${CMAKE_CURRENT_LIST_DIR}/auth_service.h ${CMAKE_CURRENT_LIST_DIR}/auth_service.cpp
  ${CMAKE_CURRENT_LIST_DIR}/user_service.h ${CMAKE_CURRENT_LIST_DIR}/user_service.cpp)
