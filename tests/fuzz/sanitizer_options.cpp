// Defaults for the sanitizers of every fuzz target, so a target run by hand behaves like
// under run_one.sh (ASAN_OPTIONS and UBSAN_OPTIONS still override them).
//
// verify_asan_link_order=0: clang 14 links libstdc++ before the shared ASan runtime when
// -fsanitize=fuzzer and -shared-libsan are combined, and the runtime refuses to start. The
// allocation functions are still ASan's (libstdc++'s operator new calls ASan's malloc); only
// new/delete mismatch reports are lost. The functions are exported (fuzz_targets.cmake) so
// the shared runtime finds them.

extern "C" __attribute__((visibility("default"))) const char* __asan_default_options() {
  return "verify_asan_link_order=0:detect_leaks=1:allocator_may_return_null=1";
}

extern "C" __attribute__((visibility("default"))) const char* __ubsan_default_options() {
  return "print_stacktrace=1:halt_on_error=1";
}
