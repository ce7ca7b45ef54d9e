# Part D: the desktop pages of the pmks plugin (QML module Simpul.Pmks) as Qt Quick Tests
# against a real simpul-data in process that loads the plugin from the build tree. The
# runner (tests/qml/run_qml_tests.cmake) fails on a failed run, on any QML warning and when
# no test function ran.
add_executable(pmks_qml_test
  qml/pmks_qml_test_main.cpp
  qml/pmks_qml_support.h qml/pmks_qml_support.cpp
  ${PROJECT_SOURCE_DIR}/tests/qml/quick_test_environment.h
  ${PROJECT_SOURCE_DIR}/tests/qml/quick_test_environment.cpp)
target_include_directories(pmks_qml_test PRIVATE ${PROJECT_SOURCE_DIR}/tests/qml)
target_link_libraries(pmks_qml_test PRIVATE
  Simpul::Components Simpul::ClientQt Simpul::Server Simpul::ProtoPmks
  Qt6::Quick Qt6::Qml Qt6::QuickControls2 Qt6::QuickTest)
set_target_properties(pmks_qml_test PROPERTIES AUTOMOC ON)
# Part H: PmksSupport reads exported files back with TableReader.
target_link_libraries(pmks_qml_test PRIVATE Simpul::PmksCommon)
target_compile_definitions(pmks_qml_test PRIVATE
  SIMPUL_QML_IMPORT_DIR="${PROJECT_BINARY_DIR}/qml"
  PMKS_PLUGINS_DIR="${SIMPUL_PLUGIN_OUTPUT_DIR}"
  SIMPUL_TEST_WILAYAH_CSV="${SIMPUL_DATA_DIR}/wilayah.csv")
simpul_set_warnings(pmks_qml_test)
# The plugin (server face, client face, QML module) and the components are loaded at run
# time, not linked.
add_dependencies(pmks_qml_test simpul_components simpul_componentsplugin
  simpul_plugin_pmks_server simpul_plugin_pmks_client simpul_plugin_pmks_qmlplugin)

add_test(NAME pmks.qml
  COMMAND ${CMAKE_COMMAND} "-DEXE=$<TARGET_FILE:pmks_qml_test>"
          "-DIMPORT=${PROJECT_BINARY_DIR}/qml"
          "-DINPUT=${CMAKE_CURRENT_SOURCE_DIR}/qml"
          -P "${PROJECT_SOURCE_DIR}/tests/qml/run_qml_tests.cmake")
set_tests_properties(pmks.qml PROPERTIES
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SIMPUL_DATA_DIR=${SIMPUL_DATA_DIR}"
  TIMEOUT 300)

# Part J: the PMKS pages through the real desktop app on a demo database (real processes:
# simpulctl, simpul-data, simpul), a screenshot of each page into <build>/screenshots/pmks
# (a folder of its own: app.e2e, which may run at the same time, clears <build>/screenshots).
add_test(NAME pmks.app_e2e
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/app_e2e.sh $<TARGET_FILE_DIR:simpul>
          ${SIMPUL_PLUGIN_OUTPUT_DIR} ${PROJECT_BINARY_DIR}/screenshots/pmks ${SIMPUL_DATA_DIR}
          ${PROJECT_SOURCE_DIR})
set_tests_properties(pmks.app_e2e PROPERTIES TIMEOUT 900)
