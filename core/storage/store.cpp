#include "storage/store.h"

#include "storage/backup.h"
#include "storage/error.h"

#include <algorithm>
#include <string>

namespace simpul::storage {

std::unique_ptr<Store> Store::open(const std::string& path, const StoreOptions& options) {
  return std::unique_ptr<Store>(new Store(path, options));
}

Store::Store(std::string path, const StoreOptions& options)
    : m_path(std::move(path)), m_options(options) {
  // The writer opens first: it creates the file and switches it to WAL, which is persistent,
  // so the readers find a WAL database and never block the writer.
  OpenOptions writer;
  writer.busyTimeout = options.busyTimeout;
  m_writer = Database::open(m_path, writer);
  if (options.writerCacheKiB > 0) {
    m_writer.exec("PRAGMA cache_size=-" + std::to_string(options.writerCacheKiB));
  }
  // Temporary files in memory: above all the statement journal of a SAVEPOINT, which holds
  // the pages a savepoint changes so ROLLBACK TO can restore them. On a file it cost an
  // import 33 pwrite calls per row (strace), most of the import's time.
  m_writer.exec("PRAGMA temp_store=MEMORY");

  OpenOptions reader;
  reader.create = false;
  reader.busyTimeout = options.busyTimeout;
  reader.wal = false; // WAL is a property of the file, which the writer has just set

  // Opened eagerly, so a database the readers cannot open fails here, not on a request.
  const int readers = std::max(1, options.readers);
  m_readers.reserve(static_cast<std::size_t>(readers));
  for (int i = 0; i < readers; ++i) {
    auto db = std::make_unique<Database>(Database::open(m_path, reader));
    // Read-write connections kept from writing: a read-only open of a WAL database depends on
    // the -shm file being writable, and query_only still turns a stray write into an error.
    db->exec("PRAGMA query_only=ON");
    m_free.push_back(db.get());
    m_readers.push_back(std::move(db));
  }
}

// Members go in reverse order: the readers close before the writer, so the writer is the last
// connection and checkpoints the WAL into the database file on close.
Store::~Store() = default;

void Store::lockWriter(std::unique_lock<std::timed_mutex>& lock) {
#if defined(__SANITIZE_THREAD__)
  // libstdc++ waits on a steady_clock deadline with pthread_mutex_clocklock, which g++ 12's
  // ThreadSanitizer does not intercept: it would see the unlock without the lock and report
  // every write. Under TSan only, wait on a system_clock deadline (pthread_mutex_timedlock,
  // which it does intercept); a wall-clock jump during the wait does not matter in a test.
  const bool locked = lock.try_lock_until(std::chrono::system_clock::now() + m_options.writerWait);
#else
  const bool locked = lock.try_lock_for(m_options.writerWait);
#endif
  if (!locked) {
    throw StorageError(ErrorCode::Busy, "the writer of " + m_path + " was busy for more than " +
                                            std::to_string(m_options.writerWait.count()) +
                                            " ms; try again later");
  }
}

Store::Lease::Lease(Store& owner) : store(owner), db(nullptr) {
  std::unique_lock lock(store.m_poolMutex);
  if (!store.m_poolCv.wait_for(lock, store.m_options.readerWait,
                               [this] { return !store.m_free.empty(); })) {
    throw StorageError(ErrorCode::Busy, "no reader of " + store.m_path + " was free for " +
                                            std::to_string(store.m_options.readerWait.count()) +
                                            " ms; try again later");
  }
  db = store.m_free.back();
  store.m_free.pop_back();
}

Store::Lease::~Lease() {
  {
    std::lock_guard lock(store.m_poolMutex);
    store.m_free.push_back(db);
  }
  store.m_poolCv.notify_one();
}

void Store::backupTo(const std::string& targetPath) {
  // A reader, not the writer: backupDatabase holds a read snapshot on its source for the
  // whole copy, and the writer goes on meanwhile.
  Lease lease(*this);
  backupDatabase(*lease.db, targetPath);
}

} // namespace simpul::storage
