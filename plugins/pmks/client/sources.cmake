# The pmks plugin's desktop part: the client face (navigation, dashboard widget) and the QML
# module Simpul.Pmks (pages in ../qml, C++ view models here, compiled into the module's
# backing library lib pmks_qml.so).
set(PMKS_CLIENT_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/pmks_client_face.cpp)

set(PMKS_QML_FILES
  ${CMAKE_CURRENT_LIST_DIR}/../qml/PageHeader.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/RecordTable.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/RecordListPage.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/RecordPage.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/QueuePage.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/VerificationQueuePage.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/ValidationQueuePage.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/RecapPage.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/StatusWidget.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/RecordForm.qml)

set(PMKS_QML_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/session_list_model.h
  ${CMAKE_CURRENT_LIST_DIR}/session_list_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/record_rows.h
  ${CMAKE_CURRENT_LIST_DIR}/record_rows.cpp
  ${CMAKE_CURRENT_LIST_DIR}/record_list_model.h
  ${CMAKE_CURRENT_LIST_DIR}/record_list_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/recap_model.h
  ${CMAKE_CURRENT_LIST_DIR}/recap_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/record_actions.h
  ${CMAKE_CURRENT_LIST_DIR}/record_actions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/record_save.cpp
  ${CMAKE_CURRENT_LIST_DIR}/status_summary.h
  ${CMAKE_CURRENT_LIST_DIR}/status_summary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pmks_types.h
  ${CMAKE_CURRENT_LIST_DIR}/pmks_types.cpp)

# The Dasawisma pages, the import/export (transfer) pages and the record photos add their
# own files.
include(${CMAKE_CURRENT_LIST_DIR}/dasawisma.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/transfer.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/photos.cmake)

# After simpul_add_plugin(ID pmks ...): the view models go into the QML module's backing
# library (so `import Simpul.Pmks` registers them), with the libraries they call. Its run
# path gains $ORIGIN-relative entries for the build tree's shared libraries it links, as
# simpul_add_plugin does for the faces, so the module loads in a host that does not link them.
function(pmks_add_client_models)
  set(target simpul_plugin_pmks_qml)
  target_sources(${target} PRIVATE ${PMKS_QML_SOURCES})
  target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_FUNCTION_LIST_DIR})
  target_link_libraries(${target} PRIVATE
    Simpul::ClientQt Simpul::Components Simpul::ProtoPmks Simpul::Domain Simpul::PmksCommon)
  target_link_options(${target} PRIVATE "LINKER:--no-undefined")
  if(COMMAND simpul_set_warnings)
    simpul_set_warnings(${target})
  endif()
  get_target_property(out ${target} LIBRARY_OUTPUT_DIRECTORY)
  string(REGEX REPLACE "^\\$<1:(.*)>$" "\\1" out "${out}")
  set(rpath "$ORIGIN")
  foreach(lib simpul_proto_pmks simpul_client_qt simpul_components)
    get_target_property(lib_dir ${lib} LIBRARY_OUTPUT_DIRECTORY)
    if(NOT lib_dir)
      get_target_property(lib_dir ${lib} BINARY_DIR)
    endif()
    file(RELATIVE_PATH rel "${out}" "${lib_dir}")
    if(rel)
      list(APPEND rpath "$ORIGIN/${rel}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES rpath)
  set_target_properties(${target} PROPERTIES INSTALL_RPATH "${rpath}")
  # qmlcachegen's C++ shadows its own parameters (as in qml/components).
  foreach(qml_file IN LISTS PMKS_QML_FILES)
    get_filename_component(qml_name "${qml_file}" NAME_WE)
    set_source_files_properties(
      "${CMAKE_CURRENT_BINARY_DIR}/.rcc/qmlcache/${target}_qml/${qml_name}_qml.cpp"
      PROPERTIES COMPILE_OPTIONS "-Wno-shadow")
  endforeach()
endfunction()
