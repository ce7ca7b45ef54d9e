# hosting: plugins' server faces inside simpul-data, and PluginService.
target_sources(simpul_server PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/plugin_host.h ${CMAKE_CURRENT_LIST_DIR}/plugin_host.cpp
  ${CMAKE_CURRENT_LIST_DIR}/plugin_service.h ${CMAKE_CURRENT_LIST_DIR}/plugin_service.cpp)
