#pragma once

#include "sdk/localized_string.h"
#include "sdk/sdk_export.h"
#include "sdk/version.h"
#include "sdk/version_range.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace simpul::sdk {

// Which face of a plugin a process loads: simpul-data loads server faces, the desktop host
// loads client faces, simpulctl loads CLI faces (its plugin commands).
enum class Face { Server, Client, Cli };

SIMPUL_SDK_EXPORT QString toString(Face face); // "server" / "client" / "cli"

struct ManifestDependency {
  QString id;
  VersionRange version;
};

// A permission the plugin's server face checks: "<plugin id>.<resource>.<verb>".
struct ManifestPermission {
  QString name;
  LocalizedString description;
  // Default roles given the permission when the data service first sees it ("psm", "tksk").
  QStringList roles;
};

struct ManifestFaces {
  bool server = false;
  bool client = false;
  bool cli = false;

  bool has(Face face) const {
    switch (face) {
    case Face::Server:
      return server;
    case Face::Client:
      return client;
    case Face::Cli:
      return cli;
    }
    return false;
  }
};

// One bad key in a manifest (or, with an empty key, the document as a whole). The message is
// complete on its own and names the key, so it can be logged or shown as it is.
struct ManifestError {
  QString key; // "version", "name.en", "dependencies[1].version", "" for the whole document
  QString message;
};

struct ManifestResult;

// plugin.json: everything the core needs to know about a plugin before loading any library.
// Built only through fromJson()/fromFile(), which validate every key; the fields are plain
// data so hosts and tests can read (and tests construct) them without ceremony.
//
//   {
//     "id": "pmks",                       lowercase [a-z][a-z0-9_]*, dotted for third parties
//     "name": {"id": "PMKS", "en": "..."}, or a plain string
//     "version": "1.2.0",                 semver
//     "coreApi": "^1.0",                  range the core API version must be in
//     "description": {...},               optional, same shape as name
//     "vendor": "Dinas Sosial",           optional
//     "dependencies": [{"id": "ipsm", "version": "^2.0"}],
//     "permissions": [{"name": "pmks.record.verify", "description": {...},
//                      "roles": ["tksk", "dinsos"]}],
//     "faces": {"server": true, "client": true, "cli": true}
//   }
struct SIMPUL_SDK_EXPORT Manifest {
  QString id;
  LocalizedString name;
  Version version;
  VersionRange coreApi;
  LocalizedString description;
  QString vendor;
  QList<ManifestDependency> dependencies;
  QList<ManifestPermission> permissions;
  ManifestFaces faces;

  // Every bad or missing key is reported, not only the first; unknown keys are warnings so
  // that a manifest written for a newer core still loads.
  static ManifestResult fromJson(const QByteArray& json);
  static ManifestResult fromFile(const QString& path);

  static bool isValidId(QStringView id);
  bool dependsOn(QStringView pluginId) const;
};

struct ManifestResult {
  std::optional<Manifest> manifest; // set exactly when errors is empty
  QList<ManifestError> errors;
  QList<ManifestError> warnings;
  // False when the file could not be read or is not a JSON object at all (errors then holds
  // that one reason); true when it parsed and the keys were checked.
  bool readable = false;
  // The "id" key when it is a valid id, even if other keys are bad: enough to name the plugin.
  QString declaredId;

  bool ok() const { return manifest.has_value(); }
  // Every error message joined with "; ", for one-line reports.
  QString errorSummary() const {
    QStringList messages;
    for (const ManifestError& e : errors) {
      messages.append(e.message);
    }
    return messages.join(QStringLiteral("; "));
  }
};

} // namespace simpul::sdk
