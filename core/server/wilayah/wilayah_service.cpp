#include "server/wilayah/wilayah_service.h"

#include "server/api_error.h"
#include "server/call.h"
#include "server/host.h"
#include "server/paging.h"
#include "server/wilayah/wilayah_repository.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/store.h"

#include <algorithm>
#include <string>

namespace simpul::server {

namespace v1 = simpul::core::v1;

namespace {

constexpr int kChildrenDefaultPage = 100;
constexpr int kChildrenMaxPage = 1000;
constexpr int kSearchDefaultPage = 20;
constexpr int kSearchMaxPage = 200;
constexpr std::size_t kMinPrefixChars = 2;
constexpr std::size_t kMaxPrefixBytes = 200;
// Separates search_name from code in a search page key: neither can contain it.
constexpr char kKeySeparator = '\x1f';

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

// Characters, not bytes: "é" is one character of two bytes.
std::size_t utf8Length(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) {
    n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  return n;
}

// An exclusive upper bound for the strings that start with `prefix`, in byte order (SQLite's
// BINARY collation): the prefix with its last byte raised by one.
std::string prefixUpperBound(std::string prefix) {
  while (!prefix.empty()) {
    auto& last = reinterpret_cast<unsigned char&>(prefix.back());
    if (last < 0xFF) {
      ++last;
      return prefix;
    }
    prefix.pop_back();
  }
  return prefix; // unreachable for a non-empty UTF-8 prefix
}

// Steps through a query that asked for size+1 rows (kWilayahColumns first): adds at most
// `size` of them to `out` and returns the key of the last one added when there is a further
// page. keyOf(stmt) reads the current row's key.
template <class KeyFn>
std::optional<std::string> collectPage(storage::Statement& stmt, int size,
                                       google::protobuf::RepeatedPtrField<v1::Wilayah>* out,
                                       KeyFn&& keyOf) {
  std::string lastKey;
  int added = 0;
  while (stmt.step()) {
    if (added == size) {
      return lastKey; // the extra row only says that there is more
    }
    toProto(wilayahRowFrom(stmt), out->Add());
    lastKey = keyOf(stmt);
    ++added;
  }
  return std::nullopt;
}

} // namespace

WilayahServiceImpl::WilayahServiceImpl(Host& host) : m_host(host) {}

grpc::Status WilayahServiceImpl::GetWilayah(grpc::ServerContext* context,
                                            const v1::GetWilayahRequest* request,
                                            v1::Wilayah* response) {
  return serve(m_host, context, [&](const Principal&) {
    const std::string code = parseWilayahCode(request->code(), "code").dotted();
    const auto row =
        m_host.store().read([&](storage::Database& db) { return findWilayah(db, code); });
    if (!row) {
      throw ApiError::notFound("wilayah/" + code);
    }
    toProto(*row, response);
  });
}

grpc::Status WilayahServiceImpl::ListChildren(grpc::ServerContext* context,
                                              const v1::ListChildrenRequest* request,
                                              v1::ListChildrenResponse* response) {
  return serve(m_host, context, [&](const Principal&) {
    const std::string parent =
        request->parent_code().empty()
            ? std::string()
            : parseWilayahCode(request->parent_code(), "parent_code").dotted();
    // The parent is part of the list's name, so a token from one parent's children cannot
    // be replayed against another parent.
    const std::string listName = "ListChildren:" + parent;
    const PageRequest page = pageRequest(listName, request->page_size(), request->page_token(),
                                         kChildrenDefaultPage, kChildrenMaxPage);

    const auto last = m_host.store().read([&](storage::Database& db) {
      if (!parent.empty() && !findWilayah(db, parent)) {
        throw ApiError::notFound("wilayah/" + parent);
      }
      // Both shapes walk core_wilayah_by_parent (parent_code, code) in order; for the provinsi
      // ?1 is bound to '' too, so that both bind the same parameters.
      storage::Statement stmt =
          db.prepare(std::string("SELECT ") + kWilayahColumns + " FROM core_wilayah WHERE " +
                     (parent.empty() ? "parent_code IS NULL AND ?1 = ''" : "parent_code = ?1") +
                     " AND code > ?2 ORDER BY code LIMIT ?3");
      stmt.bind(1, parent);
      stmt.bind(2, page.after.value_or(std::string()));
      stmt.bind(3, page.size + 1);
      return collectPage(stmt, page.size, response->mutable_wilayah(),
                         [](const storage::Statement& row) { return row.columnText(0); });
    });
    if (last) {
      response->set_next_page_token(pageToken(listName, *last));
    }
  });
}

grpc::Status WilayahServiceImpl::SearchWilayah(grpc::ServerContext* context,
                                               const v1::SearchWilayahRequest* request,
                                               v1::SearchWilayahResponse* response) {
  return serve(m_host, context, [&](const Principal&) {
    // The prefix gets the same treatment as the stored names, so "Kabupaten Band" finds
    // "Kabupaten Bandung" just as "band" does.
    const std::string prefix = wilayahSearchName(trimmed(request->name_prefix()));
    if (utf8Length(prefix) < kMinPrefixChars) {
      throw ApiError::invalidArgument(
          "name_prefix", "NAME_PREFIX_TOO_SHORT", "Awal nama wilayah minimal 2 huruf",
          "The start of the region name must have at least 2 characters");
    }
    if (std::any_of(prefix.begin(), prefix.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
      throw ApiError::invalidArgument("name_prefix", "NAME_PREFIX_CONTROL_CHARACTER",
                                      "Awal nama wilayah berisi karakter kendali",
                                      "The start of the region name contains a control character");
    }
    if (prefix.size() > kMaxPrefixBytes) {
      throw ApiError::invalidArgument(
          "name_prefix", "NAME_PREFIX_TOO_LONG", "Awal nama wilayah paling banyak 200 karakter",
          "The start of the region name must have at most 200 characters");
    }
    const int level = request->level();
    if (level < 0 || level > 4) {
      throw ApiError::invalidArgument("level", "LEVEL_UNKNOWN", "Tingkat wilayah tidak dikenal",
                                      "Unknown region level");
    }
    const std::string within =
        request->within_code().empty()
            ? std::string()
            : parseWilayahCode(request->within_code(), "within_code").dotted();
    const std::string listName =
        "SearchWilayah:" + prefix + kKeySeparator + within + kKeySeparator + std::to_string(level);
    const PageRequest page = pageRequest(listName, request->page_size(), request->page_token(),
                                         kSearchDefaultPage, kSearchMaxPage);
    std::optional<std::pair<std::string, std::string>> after;
    if (page.after) {
      const auto split = page.after->rfind(kKeySeparator);
      if (split == std::string::npos) {
        throw badPageToken();
      }
      after.emplace(page.after->substr(0, split), page.after->substr(split + 1));
    }

    const auto last = m_host.store().read([&](storage::Database& db) {
      if (!within.empty()) {
        requireWilayah(db, within, "within_code");
      }
      // A range on search_name rather than LIKE 'x%', so core_wilayah_by_search_name
      // (search_name, code) is used whatever the connection's LIKE settings are; the key
      // (search_name, code) follows the same index.
      std::string sql = std::string("SELECT ") + kWilayahColumns +
                        ", search_name FROM core_wilayah"
                        " WHERE search_name >= ? AND search_name < ?";
      if (!within.empty()) {
        sql += " AND code >= ? AND code < ?"; // the wilayah itself and everything below it
      }
      if (level != 0) {
        sql += " AND level = ?";
      }
      if (after) {
        sql += " AND (search_name, code) > (?, ?)";
      }
      sql += " ORDER BY search_name, code LIMIT ?";
      storage::Statement stmt = db.prepare(sql);
      int i = 0;
      stmt.bind(++i, prefix);
      stmt.bind(++i, prefixUpperBound(prefix));
      if (!within.empty()) {
        stmt.bind(++i, within);
        stmt.bind(++i, within + "/"); // '/' follows '.': "32.04/" is above every "32.04.…"
      }
      if (level != 0) {
        stmt.bind(++i, level);
      }
      if (after) {
        stmt.bind(++i, after->first);
        stmt.bind(++i, after->second);
      }
      stmt.bind(++i, page.size + 1);
      return collectPage(stmt, page.size, response->mutable_wilayah(),
                         [](const storage::Statement& row) {
                           return row.columnText(5) + kKeySeparator + row.columnText(0);
                         });
    });
    if (last) {
      response->set_next_page_token(pageToken(listName, *last));
    }
  });
}

} // namespace simpul::server
