#pragma once

// A property a fuzz target checks beyond "does not crash": a broken one aborts, which
// libFuzzer reports as a crash and keeps the input. The message names the property only,
// never the input (it may hold a NIK-shaped string).

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                                \
  do {                                                                                             \
    if (!(condition)) {                                                                            \
      std::fprintf(stderr, "fuzz property broken: %s (%s:%d)\n", what, __FILE__, __LINE__);        \
      std::abort();                                                                                \
    }                                                                                              \
  } while (false)
