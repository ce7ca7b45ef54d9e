# Part import of the benchmarks (tests/bench/CMakeLists.txt):
#   bench_import   `simpulctl pmks import` of a generated file into a real simpul-data,
#                  against the raw SQLite insert of the same rows (simpul_bench_gen), and
#                  the data service's peak RSS through the import.
add_executable(bench_import ${CMAKE_CURRENT_LIST_DIR}/bench_import.cpp)
target_link_libraries(bench_import PRIVATE simpul_bench_gen simpul_bench_common)
simpul_set_warnings(bench_import)
add_dependencies(simpul_benchmarks bench_import)
