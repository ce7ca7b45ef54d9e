# Part quick of the benchmarks (tests/bench/CMakeLists.txt): the raw Qt Quick baseline
# (bench_quick_baseline) and bench_first_frame, which times it against
# `simpul --exit-after-first-frame` (time to the first frame, peak RSS).

add_executable(bench_quick_baseline ${CMAKE_CURRENT_SOURCE_DIR}/quick/bench_quick_baseline.cpp)
# Qt Quick only: the baseline must not carry the product's libraries.
target_link_libraries(bench_quick_baseline PRIVATE Qt6::Quick Qt6::Qml Qt6::Gui)
simpul_set_warnings(bench_quick_baseline)

add_executable(bench_first_frame
  ${CMAKE_CURRENT_SOURCE_DIR}/quick/bench_first_frame.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/quick/first_frame_child.h
  ${CMAKE_CURRENT_SOURCE_DIR}/quick/first_frame_child.cpp)
target_link_libraries(bench_first_frame PRIVATE simpul_bench_common)
simpul_set_warnings(bench_first_frame)

add_dependencies(simpul_benchmarks bench_quick_baseline bench_first_frame)
