#pragma once

#include "storage/database.h"
#include "storage/transaction.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <vector>

namespace simpul::storage {

struct StoreOptions {
  int readers = 4; // reader connections in the pool
  // Page cache of the one writer connection, KiB. Large writes (an import of a kabupaten)
  // touch index pages all over the file; SQLite's default 2 MiB rereads them from the OS for
  // every batch. Readers keep the default: there are several and their reads are short.
  int writerCacheKiB = 128 * 1024;
  std::chrono::milliseconds busyTimeout{5000};
  // How long write() waits for the one writer before giving up with ErrorCode::Busy, so a
  // slow write cannot pile up every server thread behind it.
  std::chrono::milliseconds writerWait{10000};
  // How long read() waits for a free reader before giving up with ErrorCode::Busy.
  std::chrono::milliseconds readerWait{10000};
};

// The database as the data service uses it: one serialized writer connection and a pool of
// reader connections (WAL lets them read while the writer writes). Thread-safe.
class Store {
public:
  static std::unique_ptr<Store> open(const std::string& path, const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const { return m_path; }

  // Runs f(Database&) inside BEGIN IMMEDIATE on the writer; commits when f returns, rolls
  // back when it throws (and rethrows). Returns what f returns.
  template <class F> auto write(F&& f) -> std::invoke_result_t<F&, Database&> {
    using R = std::invoke_result_t<F&, Database&>;
    std::unique_lock lock(m_writerMutex, std::defer_lock);
    lockWriter(lock);
    Transaction tx(m_writer, Transaction::Mode::Immediate);
    if constexpr (std::is_void_v<R>) {
      f(m_writer);
      tx.commit();
    } else {
      R result = f(m_writer);
      tx.commit();
      return result;
    }
  }

  // Runs f(Database&) on a pooled reader inside a deferred transaction (one consistent
  // snapshot). f must not write.
  template <class F> auto read(F&& f) -> std::invoke_result_t<F&, Database&> {
    Lease lease(*this);
    Transaction tx(*lease.db, Transaction::Mode::Deferred);
    return f(*lease.db);
  }

  // Online backup of the whole database into targetPath (written to a temporary file next to
  // it and renamed, so a failed backup never leaves a half file under the final name).
  // Readers and the writer go on meanwhile.
  void backupTo(const std::string& targetPath);

private:
  Store(std::string path, const StoreOptions& options);
  void lockWriter(std::unique_lock<std::timed_mutex>& lock);

  struct Lease {
    explicit Lease(Store& store);
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Store& store;
    Database* db;
  };

  std::string m_path;
  StoreOptions m_options;
  std::timed_mutex m_writerMutex;
  Database m_writer;
  std::mutex m_poolMutex;
  std::condition_variable m_poolCv;
  std::vector<std::unique_ptr<Database>> m_readers;
  std::vector<Database*> m_free;
};

} // namespace simpul::storage
