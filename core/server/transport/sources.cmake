# transport: sources of simpul_server (see ../CMakeLists.txt). Command line, listen address
# and TLS credentials, unix socket ownership, request log, shutdown signals, health and
# reflection.
target_sources(simpul_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/call_registry.h ${CMAKE_CURRENT_LIST_DIR}/call_registry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/command_line.h ${CMAKE_CURRENT_LIST_DIR}/command_line.cpp
  ${CMAKE_CURRENT_LIST_DIR}/credentials.h ${CMAKE_CURRENT_LIST_DIR}/credentials.cpp
  ${CMAKE_CURRENT_LIST_DIR}/grpc_server_setup.h ${CMAKE_CURRENT_LIST_DIR}/grpc_server_setup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/listen_address.h ${CMAKE_CURRENT_LIST_DIR}/listen_address.cpp
  ${CMAKE_CURRENT_LIST_DIR}/request_log.h ${CMAKE_CURRENT_LIST_DIR}/request_log.cpp
  ${CMAKE_CURRENT_LIST_DIR}/shutdown_signal.h ${CMAKE_CURRENT_LIST_DIR}/shutdown_signal.cpp
  ${CMAKE_CURRENT_LIST_DIR}/unix_socket_guard.h ${CMAKE_CURRENT_LIST_DIR}/unix_socket_guard.cpp)
