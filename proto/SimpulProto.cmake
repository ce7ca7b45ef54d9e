# simpul_add_proto_library(NAME <target> ALIAS <ns::name> PROTOS <files...> [DEPENDS <proto libs...>])
#
# Compiles the .proto files of ONE proto package with protoc and grpc_cpp_plugin at build
# time into ONE shared library. Every process and plugin face that needs the messages links
# that library: two copies of the same generated code in one process abort it ("File already
# exists in database"). Call it from proto/CMakeLists.txt with paths relative to proto/, so
# the generated files keep the import path (simpul/core/v1/person.pb.h).
function(simpul_add_proto_library)
  cmake_parse_arguments(PARSE_ARGV 0 ARG "" "NAME;ALIAS" "PROTOS;DEPENDS")
  simpul_check_arguments(simpul_add_proto_library REQUIRED NAME PROTOS LISTS PROTOS DEPENDS)

  set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/gen")
  file(MAKE_DIRECTORY "${out_dir}")

  add_library(${ARG_NAME} SHARED)
  if(ARG_ALIAS)
    add_library(${ARG_ALIAS} ALIAS ${ARG_NAME})
  endif()
  target_sources(${ARG_NAME} PRIVATE ${ARG_PROTOS})
  # Generated code carries no export macros: this library keeps default visibility.
  set_target_properties(${ARG_NAME} PROPERTIES
    CXX_VISIBILITY_PRESET default
    VISIBILITY_INLINES_HIDDEN OFF)
  target_include_directories(${ARG_NAME} PUBLIC "$<BUILD_INTERFACE:${out_dir}>")
  target_link_libraries(${ARG_NAME} PUBLIC protobuf::libprotobuf gRPC::grpc++ ${ARG_DEPENDS})
  if(SIMPUL_FUZZ_ONLY)
    # The clang tree of tests/fuzz instruments the code under test; the generated code is
    # protoc's, not ours, and instrumenting it was most of that tree's compile time.
    target_compile_options(${ARG_NAME} PRIVATE -fno-sanitize=all -O0)
  endif()

  set(import_dirs "${PROJECT_SOURCE_DIR}/proto")
  protobuf_generate(TARGET ${ARG_NAME} LANGUAGE cpp
    IMPORT_DIRS ${import_dirs} PROTOC_OUT_DIR "${out_dir}")
  protobuf_generate(TARGET ${ARG_NAME} LANGUAGE grpc
    GENERATE_EXTENSIONS .grpc.pb.h .grpc.pb.cc
    PLUGIN "protoc-gen-grpc=$<TARGET_FILE:gRPC::grpc_cpp_plugin>"
    IMPORT_DIRS ${import_dirs} PROTOC_OUT_DIR "${out_dir}")
endfunction()
