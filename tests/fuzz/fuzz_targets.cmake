# The fuzz targets, built only in the clang tree (SIMPUL_FUZZ_ONLY; see CMakeLists.txt). The
# sanitizer and coverage flags come from that tree's CMAKE_CXX_FLAGS; -fsanitize=fuzzer adds
# libFuzzer's main() to each executable.
pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)

add_custom_target(simpul_fuzz_targets)

function(simpul_add_fuzzer name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "SOURCES;LIBS")
  simpul_check_arguments(simpul_add_fuzzer REQUIRED SOURCES LISTS SOURCES LIBS)
  add_executable(fuzz_${name} ${ARG_SOURCES} sanitizer_options.cpp)
  target_link_libraries(fuzz_${name} PRIVATE ${ARG_LIBS})
  target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer
    -Wl,--export-dynamic-symbol=__asan_default_options
    -Wl,--export-dynamic-symbol=__ubsan_default_options)
  target_include_directories(fuzz_${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  simpul_set_warnings(fuzz_${name})
  add_dependencies(simpul_fuzz_targets fuzz_${name})
endfunction()

simpul_add_fuzzer(nik SOURCES fuzz_nik.cpp LIBS Simpul::Domain)
simpul_add_fuzzer(wilayah_code SOURCES fuzz_wilayah_code.cpp LIBS Simpul::Domain)
simpul_add_fuzzer(page_token SOURCES fuzz_page_token.cpp LIBS Simpul::Server)

# The import readers are compiled into their targets (not Simpul::PmksCommon, whose export
# half needs libxlsxwriter and gRPC streams the fuzz targets never call).
set(pmks_common "${PROJECT_SOURCE_DIR}/plugins/pmks/common")
set(fuzz_reader_sources
  ${pmks_common}/import_file.cpp ${pmks_common}/csv_reader.cpp ${pmks_common}/xlsx_parts.cpp
  ${pmks_common}/xlsx_reader.cpp)
simpul_add_fuzzer(csv SOURCES fuzz_csv.cpp ${fuzz_reader_sources}
  LIBS Qt6::Core PkgConfig::MINIZIP)
simpul_add_fuzzer(xlsx SOURCES fuzz_xlsx.cpp ${fuzz_reader_sources}
  LIBS Qt6::Core PkgConfig::MINIZIP)
# The import template (plugins/pmks/server/import_row.*) lives in the pmks server face, a
# plugin module; its sources are compiled in here with what they call.
set(pmks_server "${PROJECT_SOURCE_DIR}/plugins/pmks/server")
simpul_add_fuzzer(import_row SOURCES fuzz_import_row.cpp ${fuzz_reader_sources}
  ${pmks_server}/import_row.cpp
  LIBS Simpul::Server Simpul::ProtoPmks Simpul::Domain Qt6::Core PkgConfig::MINIZIP)
foreach(target csv xlsx import_row)
  target_include_directories(fuzz_${target} PRIVATE ${pmks_common} ${pmks_server})
endforeach()

# One in-process simpul-data with the pmks plugin; every RPC of every served service.
simpul_add_fuzzer(rpc SOURCES fuzz_rpc.cpp fuzz_rpc_server.cpp
  LIBS Simpul::Server Simpul::ProtoPmks)
target_compile_definitions(fuzz_rpc PRIVATE
  SIMPUL_FUZZ_PLUGINS_DIR="${SIMPUL_PLUGIN_OUTPUT_DIR}"
  SIMPUL_FUZZ_WILAYAH_CSV="${SIMPUL_DATA_DIR}/wilayah.csv")
add_dependencies(fuzz_rpc simpul_plugin_pmks_server)
# Every .proto of the repository: the target enumerates their services from the generated
# descriptors, so a new service or RPC is fuzzed without touching this directory.
file(GLOB_RECURSE fuzz_protos RELATIVE "${PROJECT_SOURCE_DIR}/proto" CONFIGURE_DEPENDS
  "${PROJECT_SOURCE_DIR}/proto/*.proto")
list(SORT fuzz_protos)
list(JOIN fuzz_protos "," fuzz_protos)
target_compile_definitions(fuzz_rpc PRIVATE SIMPUL_FUZZ_PROTO_FILES="${fuzz_protos}")
