# Part rpc of the benchmarks (tests/bench/CMakeLists.txt): the raw gRPC echo baseline
# (bench_grpc_echo) and the PMKS Get/List throughput and deep paging against a real
# simpul-data (bench_rpc). The echo code is a static library both programs link, so
# bench_rpc measures its baseline in the same process right before its own figures.

set(_rpc_dir ${CMAKE_CURRENT_LIST_DIR})

# echo.proto lives here, outside proto/ (it is no product API), so it is generated directly
# rather than with simpul_add_proto_library. Only the bench programs link it, once each.
add_library(simpul_bench_echo STATIC
  ${_rpc_dir}/echo.proto ${_rpc_dir}/echo_bench.cpp ${_rpc_dir}/load.cpp)
set(_rpc_gen ${CMAKE_CURRENT_BINARY_DIR}/rpc_gen)
file(MAKE_DIRECTORY ${_rpc_gen})
protobuf_generate(TARGET simpul_bench_echo LANGUAGE cpp
  IMPORT_DIRS ${_rpc_dir} PROTOC_OUT_DIR ${_rpc_gen})
protobuf_generate(TARGET simpul_bench_echo LANGUAGE grpc
  GENERATE_EXTENSIONS .grpc.pb.h .grpc.pb.cc
  PLUGIN "protoc-gen-grpc=$<TARGET_FILE:gRPC::grpc_cpp_plugin>"
  IMPORT_DIRS ${_rpc_dir} PROTOC_OUT_DIR ${_rpc_gen})
# protobuf_generate names the outputs after the path below tests/bench: "rpc/echo.pb.h".
target_include_directories(simpul_bench_echo PUBLIC ${_rpc_dir} ${_rpc_gen})
target_link_libraries(simpul_bench_echo PUBLIC simpul_bench_common protobuf::libprotobuf
  gRPC::grpc++)
simpul_set_warnings(simpul_bench_echo)
# Generated code is not held to the project's warnings.
set_source_files_properties(${_rpc_gen}/rpc/echo.pb.cc ${_rpc_gen}/rpc/echo.grpc.pb.cc
  PROPERTIES COMPILE_OPTIONS "-w")

add_executable(bench_grpc_echo ${_rpc_dir}/grpc_echo_main.cpp)
target_link_libraries(bench_grpc_echo PRIVATE simpul_bench_echo)
simpul_set_warnings(bench_grpc_echo)
add_dependencies(simpul_benchmarks bench_grpc_echo)

add_executable(bench_rpc ${_rpc_dir}/rpc_main.cpp ${_rpc_dir}/pmks_rpc_bench.cpp
  ${_rpc_dir}/list_oracle.cpp)
target_link_libraries(bench_rpc PRIVATE simpul_bench_echo Simpul::ProtoPmks Simpul::Server
  Simpul::Storage)
simpul_set_warnings(bench_rpc)
add_dependencies(simpul_benchmarks bench_rpc)
