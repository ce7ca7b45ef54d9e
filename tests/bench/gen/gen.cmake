# Part gen of the benchmarks (tests/bench/CMakeLists.txt):
#   simpul_bench_gen   the synthetic data generator and the raw SQLite insert baseline
#                      (generator.h), also used by bench_import;
#   simpul-benchgen    writes the generated data as an import CSV or as a full database;
#   bench_recap        GetRecap against a plain GROUP BY, at N and 10N records;
#   test_bench_gen     checks the generator (valid NIKs, type rules, determinism, recap).
set(BENCH_GEN_DIR ${CMAKE_CURRENT_LIST_DIR})

add_library(simpul_bench_gen STATIC
  ${BENCH_GEN_DIR}/generator.cpp ${BENCH_GEN_DIR}/sqlite_util.cpp
  ${BENCH_GEN_DIR}/raw_insert.cpp ${BENCH_GEN_DIR}/write_database.cpp)
target_include_directories(simpul_bench_gen PUBLIC ${BENCH_GEN_DIR})
target_link_libraries(simpul_bench_gen PUBLIC Simpul::Domain SQLite::SQLite3)
simpul_set_warnings(simpul_bench_gen)

add_executable(simpul-benchgen ${BENCH_GEN_DIR}/benchgen_main.cpp)
target_link_libraries(simpul-benchgen PRIVATE simpul_bench_gen)
simpul_set_warnings(simpul-benchgen)
add_dependencies(simpul_benchmarks simpul-benchgen)

add_executable(bench_recap ${BENCH_GEN_DIR}/bench_recap.cpp)
target_link_libraries(bench_recap PRIVATE simpul_bench_gen simpul_bench_common Simpul::ProtoPmks)
simpul_set_warnings(bench_recap)
add_dependencies(simpul_benchmarks bench_recap)

simpul_add_test(NAME test_bench_gen
  SOURCES ${BENCH_GEN_DIR}/generator_test.cpp
  LIBS simpul_bench_gen simpul_bench_common)
target_compile_definitions(test_bench_gen PRIVATE
  BENCH_GEN_WILAYAH_CSV="${SIMPUL_DATA_DIR}/wilayah.csv"
  BENCH_GEN_NAMES_CSV="${SIMPUL_DATA_DIR}/indonesian_names_faker.csv")
add_dependencies(test_bench_gen simpul-data simpulctl simpul_plugin_pmks_server)
