#pragma once

// Happens-before edges that ThreadSanitizer cannot see by itself (issue 7).
//
// Debian's gRPC, Abseil and Qt are not instrumented. When they hand work from one thread to
// another (a completion-queue callback, QThreadPool::start, the next hook of a call) they
// order it with futexes and atomics ThreadSanitizer never observes, so the first access on
// the receiving thread to what the sending thread prepared is reported as a race. Where our
// code gives an object to such a library and meets it again on another thread, it states the
// ordering the library guarantees: handOver(object) once the sending side is done with it,
// takeOver(object) where the receiving side starts. Outside a ThreadSanitizer build both are
// empty. Header-only and std-only, so every library may include it.

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif

namespace simpul {

// Everything this thread did so far happens before a later takeOver(object) on any thread.
inline void handOver([[maybe_unused]] const void* object) {
#if defined(__SANITIZE_THREAD__)
  __tsan_release(const_cast<void*>(object));
#endif
}

// Everything done before the latest handOver(object) happens before what this thread does next.
inline void takeOver([[maybe_unused]] const void* object) {
#if defined(__SANITIZE_THREAD__)
  __tsan_acquire(const_cast<void*>(object));
#endif
}

} // namespace simpul
