# simpul_add_plugin() and simpul_add_plugin_fixture(): build a plugin folder the way
# PluginManager (core/sdk) expects to find it:
#
#   <OUTPUT_DIRECTORY>/                 default ${SIMPUL_PLUGIN_OUTPUT_DIR}/<id>
#     plugin.json                       copy of MANIFEST, read before anything is loaded
#     lib<id_>_server.so                SERVER_SOURCES, if the manifest has faces.server
#     lib<id_>_client.so                CLIENT_SOURCES, if the manifest has faces.client
#     lib<id_>_cli.so                   CLI_SOURCES, if the manifest has faces.cli (simpulctl)
#
# where <id_> is the id with dots replaced by underscores (org.example.hello ->
# liborg_example_hello_server.so); see libraryFileName() in core/sdk/plugin_spec.h.

set(_SIMPUL_PLUGIN_CMAKE_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(_SIMPUL_PLUGIN_ID_REGEX "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$")

# simpul_add_plugin(ID <id> MANIFEST <plugin.json>
#                   [SERVER_SOURCES ...] [CLIENT_SOURCES ...] [CLI_SOURCES ...]
#                   [SERVER_LIBS ...] [CLIENT_LIBS ...] [CLI_LIBS ...]
#                   [QML_URI <uri> QML_FILES ...]
#                   [TS_FILES <id>_<lang>.ts ... [TRANSLATED_SOURCES ...]]
#                   [OUTPUT_DIRECTORY <dir>] [TARGET_PREFIX <name>])
#
# Each face is a MODULE library, target <TARGET_PREFIX>_server / _client / _cli
# (TARGET_PREFIX defaults to simpul_plugin_<id_>; set it when two folders build the same id,
# as test fixtures do), with AUTOMOC, linked to Simpul::Sdk plus the face's LIBS.
#
# The face's root class embeds the manifest with
#   Q_PLUGIN_METADATA(IID SIMPUL_SERVER_FACE_IID FILE "plugin.json")
# moc finds "plugin.json" in the output directory (passed with -I), which always holds the
# current copy of MANIFEST, whatever MANIFEST is called; moc's dependency file makes moc run
# again when it changes. The manifest is read here too, at configure time, so a wrong id or
# faces that do not match the sources given stop the configure instead of the host.
#
# QML_URI/QML_FILES (client face only): the pages and widgets the client face names in its
# navigation() and dashboardWidgets(), built as the QML module QML_URI into
# <OUTPUT_DIRECTORY>/qml/<URI as a path>/ (target <TARGET_PREFIX>_qml). The desktop host puts
# <plugin dir>/qml on its import path and creates a page from "import <URI>" plus the type
# name. The module's backing library lib<id_>_qml.so sits beside the faces; the files'
# directories are dropped (qml/Foo.qml is the type Foo).
#
# TS_FILES (client face only): the translations of the desktop face's texts, one file per
# language named <id>_<lang>.ts (Bahasa Indonesia is the source language, so pmks_en.ts is the
# English one). lrelease writes <OUTPUT_DIRECTORY>/translations/<id>_<lang>.qm, where the host
# looks when the user picks that language. `--target update_translations` runs lupdate over
# QML_FILES, CLIENT_SOURCES and TRANSLATED_SOURCES (C++ with tr() that is not a face source,
# such as the QML module's view models) to add new strings to the .ts files.
#
# Library lookup: the libraries are linked with their install RPATH from the start
# (BUILD_WITH_INSTALL_RPATH), which is made only of $ORIGIN-relative entries, never the
# absolute build path:
#   $ORIGIN                       the plugin's own private libraries, placed beside it;
#   $ORIGIN/<path to the SDK>     libsimpul_sdk in this build tree, relative, so the build tree
#                                 still works after being moved as a whole.
# A plugin folder copied anywhere else still loads in a host because the host has already
# loaded libsimpul_sdk.so.<major> and the dynamic loader matches the plugin's DT_NEEDED by
# soname against loaded objects before searching any path. Qt itself comes from the system
# (or, likewise, from the host). The test test_sdk_plugins "MovedPluginFolderStillLoads"
# checks a copied folder.
function(simpul_add_plugin)
  cmake_parse_arguments(PARSE_ARGV 0 ARG ""
    "ID;MANIFEST;OUTPUT_DIRECTORY;TARGET_PREFIX;QML_URI"
    "SERVER_SOURCES;CLIENT_SOURCES;CLI_SOURCES;SERVER_LIBS;CLIENT_LIBS;CLI_LIBS;QML_FILES;TS_FILES;TRANSLATED_SOURCES")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "simpul_add_plugin: unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(ARG_KEYWORDS_MISSING_VALUES)
    message(FATAL_ERROR "simpul_add_plugin: no value given for ${ARG_KEYWORDS_MISSING_VALUES}")
  endif()
  if(NOT ARG_ID OR NOT ARG_MANIFEST)
    message(FATAL_ERROR "simpul_add_plugin: ID and MANIFEST are required")
  endif()
  # cmake_parse_arguments files a misspelt keyword after a list keyword under that list
  # ("SERVER_SOURCES a.cpp SEVER_LIBS x"); no source or library is named in capitals only.
  foreach(list_arg SERVER_SOURCES CLIENT_SOURCES CLI_SOURCES SERVER_LIBS CLIENT_LIBS CLI_LIBS
          QML_FILES TS_FILES TRANSLATED_SOURCES)
    foreach(item IN LISTS ARG_${list_arg})
      if(item MATCHES "^[A-Z][A-Z0-9_]*$")
        message(FATAL_ERROR "simpul_add_plugin(${ARG_ID}): unknown argument ${item} "
          "(in ${list_arg}; a misspelt keyword?)")
      endif()
    endforeach()
  endforeach()
  if(NOT ARG_ID MATCHES "${_SIMPUL_PLUGIN_ID_REGEX}")
    message(FATAL_ERROR "simpul_add_plugin: \"${ARG_ID}\" is not a valid plugin id "
      "(lowercase [a-z][a-z0-9_]*, dotted segments allowed)")
  endif()

  get_filename_component(manifest "${ARG_MANIFEST}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  if(NOT EXISTS "${manifest}")
    message(FATAL_ERROR "simpul_add_plugin(${ARG_ID}): manifest ${manifest} does not exist")
  endif()
  file(READ "${manifest}" json)
  string(JSON manifest_id ERROR_VARIABLE json_error GET "${json}" id)
  if(json_error)
    message(FATAL_ERROR "simpul_add_plugin(${ARG_ID}): cannot read \"id\" from ${manifest}: "
      "${json_error}")
  endif()
  if(NOT manifest_id STREQUAL ARG_ID)
    message(FATAL_ERROR "simpul_add_plugin(${ARG_ID}): ${manifest} declares id "
      "\"${manifest_id}\", not \"${ARG_ID}\"")
  endif()

  set(faces)
  foreach(face server client cli)
    string(TOUPPER "${face}" FACE)
    string(JSON declared ERROR_VARIABLE json_error GET "${json}" faces ${face})
    if(json_error)
      set(declared OFF)
    endif()
    if(declared AND NOT ARG_${FACE}_SOURCES)
      message(FATAL_ERROR "simpul_add_plugin(${ARG_ID}): the manifest sets faces.${face} "
        "but no ${FACE}_SOURCES are given")
    endif()
    if(NOT declared AND ARG_${FACE}_SOURCES)
      message(FATAL_ERROR "simpul_add_plugin(${ARG_ID}): ${FACE}_SOURCES are given but the "
        "manifest does not set faces.${face} to true")
    endif()
    if(ARG_${FACE}_LIBS AND NOT ARG_${FACE}_SOURCES)
      message(FATAL_ERROR "simpul_add_plugin(${ARG_ID}): ${FACE}_LIBS without ${FACE}_SOURCES")
    endif()
    if(declared)
      list(APPEND faces ${face})
    endif()
  endforeach()
  if(NOT faces)
    message(FATAL_ERROR "simpul_add_plugin(${ARG_ID}): the manifest declares no face "
      "(faces.server, faces.client or faces.cli must be true)")
  endif()

  set(out "${ARG_OUTPUT_DIRECTORY}")
  if(NOT out)
    set(out "${SIMPUL_PLUGIN_OUTPUT_DIR}/${ARG_ID}")
  endif()
  get_filename_component(out "${out}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  # configure_file also makes CMake re-run (and re-check the manifest) when it changes.
  configure_file("${manifest}" "${out}/plugin.json" COPYONLY)

  string(REPLACE "." "_" base "${ARG_ID}")
  set(prefix "${ARG_TARGET_PREFIX}")
  if(NOT prefix)
    set(prefix "simpul_plugin_${base}")
  endif()

  set(rpath "$ORIGIN")
  if(TARGET simpul_sdk)
    get_target_property(sdk_dir simpul_sdk LIBRARY_OUTPUT_DIRECTORY)
    if(NOT sdk_dir)
      get_target_property(sdk_dir simpul_sdk BINARY_DIR)
    endif()
    file(RELATIVE_PATH sdk_rel "${out}" "${sdk_dir}")
    if(sdk_rel)
      list(APPEND rpath "$ORIGIN/${sdk_rel}")
    endif()
  endif()

  foreach(face IN LISTS faces)
    string(TOUPPER "${face}" FACE)
    set(target "${prefix}_${face}")
    # Shared libraries of this build tree that the face links (a plugin's generated API,
    # Simpul::ProtoPmks) are found through an $ORIGIN-relative entry as well: a host that does
    # not link them itself (simpulctl for a CLI face) must still load the face.
    set(face_rpath ${rpath})
    foreach(lib IN LISTS ARG_${FACE}_LIBS)
      if(TARGET ${lib})
        get_target_property(real ${lib} ALIASED_TARGET)
        if(NOT real)
          set(real ${lib})
        endif()
        get_target_property(type ${real} TYPE)
        get_target_property(imported ${real} IMPORTED)
        if(type STREQUAL "SHARED_LIBRARY" AND NOT imported)
          get_target_property(lib_dir ${real} LIBRARY_OUTPUT_DIRECTORY)
          if(NOT lib_dir)
            get_target_property(lib_dir ${real} BINARY_DIR)
          endif()
          file(RELATIVE_PATH lib_rel "${out}" "${lib_dir}")
          if(lib_rel)
            list(APPEND face_rpath "$ORIGIN/${lib_rel}")
          endif()
        endif()
      endif()
    endforeach()
    list(REMOVE_DUPLICATES face_rpath)
    add_library(${target} MODULE ${ARG_${FACE}_SOURCES})
    target_link_libraries(${target} PRIVATE Simpul::Sdk ${ARG_${FACE}_LIBS})
    target_link_options(${target} PRIVATE "LINKER:--no-undefined")
    set_target_properties(${target} PROPERTIES
      PREFIX "lib"
      OUTPUT_NAME "${base}_${face}"
      SUFFIX ".so"
      # A generator expression keeps multi-config generators from adding a per-config folder.
      LIBRARY_OUTPUT_DIRECTORY "$<1:${out}>"
      AUTOMOC ON
      AUTOMOC_MOC_OPTIONS "-I${out}"
      BUILD_WITH_INSTALL_RPATH ON
      INSTALL_RPATH "${face_rpath}")
    # moc re-runs when plugin.json changes (its dependency file names it), but with Ninja a
    # .moc file #included by a source is not re-examined in the same build, so the object
    # would embed the old manifest until the next build. Depending on the manifest directly
    # closes that gap. (Sources shared by several plugins in one directory, as the test
    # fixtures do, collect every such manifest: a change rebuilds them all, which is harmless.)
    set_property(SOURCE ${ARG_${FACE}_SOURCES} APPEND PROPERTY OBJECT_DEPENDS "${out}/plugin.json")
    # Defined by core/cmake/SimpulTargets.cmake in this tree; absent in an out-of-tree build.
    if(COMMAND simpul_set_warnings)
      simpul_set_warnings(${target})
    endif()
  endforeach()

  if(ARG_QML_FILES OR ARG_QML_URI)
    if(NOT "client" IN_LIST faces)
      message(FATAL_ERROR "simpul_add_plugin(${ARG_ID}): QML_FILES need a client face")
    endif()
    if(NOT ARG_QML_FILES OR NOT ARG_QML_URI)
      message(FATAL_ERROR "simpul_add_plugin(${ARG_ID}): QML_URI and QML_FILES go together")
    endif()
    if(NOT COMMAND qt_add_qml_module)
      find_package(Qt6 6.4 REQUIRED COMPONENTS Qml Quick)
    endif()
    string(REPLACE "." "/" uri_path "${ARG_QML_URI}")
    foreach(file IN LISTS ARG_QML_FILES)
      get_filename_component(name "${file}" NAME)
      set_source_files_properties(${file} PROPERTIES QT_RESOURCE_ALIAS "${name}")
    endforeach()
    # The backing library sits beside the faces; the module's plugin (in the qml folder)
    # finds it through an $ORIGIN-relative run path, so a moved folder still loads.
    set(qml_dir "${out}/qml/${uri_path}")
    file(RELATIVE_PATH qml_to_out "${qml_dir}" "${out}")
    qt_add_library(${prefix}_qml SHARED)
    set_target_properties(${prefix}_qml PROPERTIES
      AUTOMOC ON
      OUTPUT_NAME "${base}_qml"
      LIBRARY_OUTPUT_DIRECTORY "$<1:${out}>"
      BUILD_WITH_INSTALL_RPATH ON
      INSTALL_RPATH "$ORIGIN")
    qt_add_qml_module(${prefix}_qml
      URI ${ARG_QML_URI}
      VERSION 1.0
      OUTPUT_DIRECTORY "${qml_dir}"
      QML_FILES ${ARG_QML_FILES})
    set_target_properties(${prefix}_qmlplugin PROPERTIES
      BUILD_WITH_INSTALL_RPATH ON
      INSTALL_RPATH "$ORIGIN/${qml_to_out}")
    # Building the client face builds its pages.
    add_dependencies(${prefix}_client ${prefix}_qmlplugin)
  endif()

  if(ARG_TS_FILES OR ARG_TRANSLATED_SOURCES)
    _simpul_add_plugin_translations()
  endif()
endfunction()

# The TS_FILES part of simpul_add_plugin (its variables are in scope).
macro(_simpul_add_plugin_translations)
  if(NOT "client" IN_LIST faces)
    message(FATAL_ERROR "simpul_add_plugin(${ARG_ID}): TS_FILES need a client face")
  endif()
  if(NOT ARG_TS_FILES)
    message(FATAL_ERROR "simpul_add_plugin(${ARG_ID}): TRANSLATED_SOURCES need TS_FILES")
  endif()
  foreach(ts IN LISTS ARG_TS_FILES)
    get_filename_component(ts_name "${ts}" NAME)
    if(NOT ts_name MATCHES "^${ARG_ID}_[a-z][a-z](_[A-Z][A-Z])?\\.ts$")
      message(FATAL_ERROR "simpul_add_plugin(${ARG_ID}): ${ts_name}: a translation file is "
        "named ${ARG_ID}_<lang>.ts (the host loads translations/${ARG_ID}_<lang>.qm)")
    endif()
  endforeach()
  if(NOT COMMAND qt_add_lrelease)
    find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)
  endif()
  set_source_files_properties(${ARG_TS_FILES} PROPERTIES OUTPUT_LOCATION "${out}/translations")
  add_custom_target(${prefix}_translations ALL)
  qt_add_lrelease(${prefix}_translations TS_FILES ${ARG_TS_FILES})
  qt_add_lupdate(${prefix}_translations
    TS_FILES ${ARG_TS_FILES}
    SOURCES ${ARG_QML_FILES} ${ARG_CLIENT_SOURCES} ${ARG_TRANSLATED_SOURCES}
    OPTIONS -no-obsolete -locations none)
  add_dependencies(${prefix}_client ${prefix}_translations)
  # A text added to the sources but not to the .ts (or left untranslated) fails the tests.
  if(BUILD_TESTING)
    foreach(ts IN LISTS ARG_TS_FILES)
      get_filename_component(ts_abs "${ts}" ABSOLUTE)
      get_filename_component(ts_base "${ts}" NAME_WE)
      set(ts_sources)
      foreach(source IN LISTS ARG_QML_FILES ARG_CLIENT_SOURCES ARG_TRANSLATED_SOURCES)
        get_filename_component(source_abs "${source}" ABSOLUTE)
        list(APPEND ts_sources "${source_abs}")
      endforeach()
      string(REPLACE ";" "|" ts_sources "${ts_sources}")
      add_test(NAME ${ARG_ID}.translations_current
        COMMAND ${CMAKE_COMMAND} "-DLUPDATE=$<TARGET_FILE:Qt6::lupdate>" "-DTS=${ts_abs}"
                "-DWORK=${CMAKE_CURRENT_BINARY_DIR}/translations_check/${ts_base}"
                "-DSOURCES=${ts_sources}"
                -P "${_SIMPUL_PLUGIN_CMAKE_DIR}/SimpulCheckTranslations.cmake")
    endforeach()
  endif()
endmacro()

# simpul_add_plugin_fixture(MANIFEST <file> OUTPUT_DIRECTORY <dir>)
#
# Places MANIFEST as <dir>/plugin.json and builds nothing: for test fixtures that moc could
# not embed (broken JSON, missing keys) or that must lack their library. OUTPUT_DIRECTORY is
# required so a fixture cannot land among the real plugins by accident.
function(simpul_add_plugin_fixture)
  cmake_parse_arguments(PARSE_ARGV 0 ARG "" "MANIFEST;OUTPUT_DIRECTORY" "")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "simpul_add_plugin_fixture: unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT ARG_MANIFEST OR NOT ARG_OUTPUT_DIRECTORY)
    message(FATAL_ERROR "simpul_add_plugin_fixture: MANIFEST and OUTPUT_DIRECTORY are required")
  endif()
  get_filename_component(manifest "${ARG_MANIFEST}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  if(NOT EXISTS "${manifest}")
    message(FATAL_ERROR "simpul_add_plugin_fixture: ${manifest} does not exist")
  endif()
  get_filename_component(out "${ARG_OUTPUT_DIRECTORY}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  configure_file("${manifest}" "${out}/plugin.json" COPYONLY)
endfunction()
