#include "sdk/manifest.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <initializer_list>

namespace simpul::sdk {

QString toString(Face face) {
  switch (face) {
  case Face::Server:
    return QStringLiteral("server");
  case Face::Client:
    return QStringLiteral("client");
  case Face::Cli:
    return QStringLiteral("cli");
  }
  return QStringLiteral("?");
}

namespace {

// Lowercase segments joined by dots: "pmks", "org.example.hello", "pmks.record.verify".
const QRegularExpression& dottedLowercase() {
  static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$"));
  return re;
}

QString quoted(const QString& key) {
  return u'"' + key + u'"';
}

// Reads a parsed plugin.json key by key. Each reader reports its own problems and carries
// on, so one pass names every bad or missing key.
class ManifestReader {
public:
  ManifestResult read(const QJsonObject& root) {
    m_result.readable = true;
    warnUnknownKeys(root, QString(),
                    {u"id", u"name", u"version", u"coreApi", u"description", u"vendor",
                     u"dependencies", u"permissions", u"faces"});
    Manifest m;
    const auto id = requiredString(root, QStringLiteral("id"), QStringLiteral("id"));
    bool idValid = false;
    if (id) {
      idValid = Manifest::isValidId(*id);
      if (idValid) {
        m.id = *id;
        m_result.declaredId = *id;
      } else {
        error(QStringLiteral("id"),
              QCoreApplication::translate("Manifest",
                                          "\"id\": \"%1\" is not a valid plugin id (lowercase "
                                          "[a-z][a-z0-9_]*, dotted segments allowed)")
                  .arg(*id));
      }
    }
    if (auto name = requiredLocalized(root, QStringLiteral("name"), QStringLiteral("name"))) {
      m.name = *name;
    }
    readVersion(root, &m);
    readCoreApi(root, &m);
    if (root.contains(u"description")) {
      if (auto d = localized(root.value(u"description"), QStringLiteral("description"))) {
        m.description = *d;
      }
    }
    if (root.contains(u"vendor")) {
      if (auto vendor = requiredString(root, QStringLiteral("vendor"), QStringLiteral("vendor"))) {
        m.vendor = *vendor;
      }
    }
    readDependencies(root, idValid ? m.id : QString(), &m);
    readPermissions(root, idValid ? m.id : QString(), &m);
    readFaces(root, &m);
    if (m_result.errors.isEmpty()) {
      m_result.manifest = std::move(m);
    }
    return std::move(m_result);
  }

private:
  void error(const QString& key, const QString& message) { m_result.errors.append({key, message}); }
  void warning(const QString& key, const QString& message) {
    m_result.warnings.append({key, message});
  }

  static QString join(const QString& parent, QStringView key) {
    return parent.isEmpty() ? key.toString() : parent + u'.' + key.toString();
  }

  void warnUnknownKeys(const QJsonObject& object, const QString& parent,
                       std::initializer_list<QStringView> known) {
    for (auto it = object.begin(); it != object.end(); ++it) {
      if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
        const QString key = join(parent, it.key());
        warning(
            key,
            QCoreApplication::translate("Manifest", "unknown key %1 is ignored").arg(quoted(key)));
      }
    }
  }

  void missing(const QString& key) {
    error(key, QCoreApplication::translate("Manifest", "%1 is missing").arg(quoted(key)));
  }

  std::optional<QString> stringValue(const QJsonValue& value, const QString& key) {
    if (!value.isString()) {
      error(key, QCoreApplication::translate("Manifest", "%1 must be a string").arg(quoted(key)));
      return std::nullopt;
    }
    const QString s = value.toString().trimmed();
    if (s.isEmpty()) {
      error(key, QCoreApplication::translate("Manifest", "%1 must not be empty").arg(quoted(key)));
      return std::nullopt;
    }
    return s;
  }

  std::optional<QString> requiredString(const QJsonObject& object, const QString& name,
                                        const QString& key) {
    if (!object.contains(name)) {
      missing(key);
      return std::nullopt;
    }
    return stringValue(object.value(name), key);
  }

  std::optional<LocalizedString> localized(const QJsonValue& value, const QString& key) {
    if (value.isString()) {
      const auto s = stringValue(value, key);
      return s ? std::optional(LocalizedString{*s, *s}) : std::nullopt;
    }
    if (!value.isObject()) {
      error(key, QCoreApplication::translate(
                     "Manifest", "%1 must be a string or an object {\"id\": ..., \"en\": ...}")
                     .arg(quoted(key)));
      return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    warnUnknownKeys(o, key, {u"id", u"en"});
    const auto id = requiredString(o, QStringLiteral("id"), join(key, u"id"));
    const auto en = requiredString(o, QStringLiteral("en"), join(key, u"en"));
    if (!id || !en) {
      return std::nullopt;
    }
    return LocalizedString{*id, *en};
  }

  std::optional<LocalizedString> requiredLocalized(const QJsonObject& object, const QString& name,
                                                   const QString& key) {
    if (!object.contains(name)) {
      missing(key);
      return std::nullopt;
    }
    return localized(object.value(name), key);
  }

  void readVersion(const QJsonObject& root, Manifest* m) {
    const QString key = QStringLiteral("version");
    const auto text = requiredString(root, key, key);
    if (!text) {
      return;
    }
    const auto version = Version::parse(*text);
    if (!version) {
      error(key,
            QCoreApplication::translate("Manifest", "\"version\" is not a semantic version: %1")
                .arg(version.error().message));
      return;
    }
    m->version = *version;
  }

  void readCoreApi(const QJsonObject& root, Manifest* m) {
    const QString key = QStringLiteral("coreApi");
    const auto text = requiredString(root, key, key);
    if (!text) {
      return;
    }
    const auto range = VersionRange::parse(*text);
    if (!range) {
      error(key, QCoreApplication::translate("Manifest", "\"coreApi\" is not a version range: %1")
                     .arg(range.error().message));
      return;
    }
    m->coreApi = *range;
  }

  std::optional<QJsonArray> optionalArray(const QJsonObject& root, const QString& key) {
    if (!root.contains(key)) {
      return QJsonArray();
    }
    if (!root.value(key).isArray()) {
      error(key, QCoreApplication::translate("Manifest", "%1 must be an array").arg(quoted(key)));
      return std::nullopt;
    }
    return root.value(key).toArray();
  }

  std::optional<QJsonObject> objectElement(const QJsonValue& value, const QString& key) {
    if (!value.isObject()) {
      error(key, QCoreApplication::translate("Manifest", "%1 must be an object").arg(quoted(key)));
      return std::nullopt;
    }
    return value.toObject();
  }

  void readDependencies(const QJsonObject& root, const QString& ownId, Manifest* m) {
    const auto array = optionalArray(root, QStringLiteral("dependencies"));
    if (!array) {
      return;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < array->size(); ++i) {
      const QString key = QStringLiteral("dependencies[%1]").arg(i);
      const auto o = objectElement(array->at(i), key);
      if (!o) {
        continue;
      }
      warnUnknownKeys(*o, key, {u"id", u"version"});
      ManifestDependency dep;
      const QString idKey = join(key, u"id");
      const auto id = requiredString(*o, QStringLiteral("id"), idKey);
      bool good = id.has_value();
      if (id && !Manifest::isValidId(*id)) {
        error(idKey, QCoreApplication::translate("Manifest", "%1: \"%2\" is not a valid plugin id")
                         .arg(quoted(idKey), *id));
        good = false;
      } else if (id && *id == ownId) {
        error(idKey, QCoreApplication::translate("Manifest", "%1: a plugin cannot depend on itself")
                         .arg(quoted(idKey)));
        good = false;
      } else if (id && seen.contains(*id)) {
        error(idKey, QCoreApplication::translate("Manifest", "%1: \"%2\" is listed twice")
                         .arg(quoted(idKey), *id));
        good = false;
      }
      const QString versionKey = join(key, u"version");
      const auto text = requiredString(*o, QStringLiteral("version"), versionKey);
      if (text) {
        const auto range = VersionRange::parse(*text);
        if (range) {
          dep.version = *range;
        } else {
          error(versionKey, QCoreApplication::translate("Manifest", "%1 is not a version range: %2")
                                .arg(quoted(versionKey), range.error().message));
          good = false;
        }
      }
      if (good && text) {
        seen.insert(*id);
        dep.id = *id;
        m->dependencies.append(dep);
      }
    }
  }

  // "roles": the default roles that receive the permission when the data service first sees
  // it (admins may change that afterwards). Optional; role names are lowercase ids.
  QStringList readRoleNames(const QJsonObject& o, const QString& key) {
    QStringList roles;
    const QJsonValue value = o.value(QStringLiteral("roles"));
    if (value.isUndefined()) {
      return roles;
    }
    if (!value.isArray()) {
      error(key, QCoreApplication::translate("Manifest", "%1 must be an array of role names")
                     .arg(quoted(key)));
      return roles;
    }
    static const QRegularExpression roleName(QStringLiteral("^[a-z][a-z0-9_]*$"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
      const QString role = array.at(i).toString();
      if (!array.at(i).isString() || !roleName.match(role).hasMatch()) {
        error(key, QCoreApplication::translate("Manifest",
                                               "%1[%2] must be a lowercase role name such as "
                                               "\"tksk\"")
                       .arg(quoted(key))
                       .arg(i));
        continue;
      }
      if (!roles.contains(role)) {
        roles.append(role);
      }
    }
    return roles;
  }

  void readPermissions(const QJsonObject& root, const QString& ownId, Manifest* m) {
    const auto array = optionalArray(root, QStringLiteral("permissions"));
    if (!array) {
      return;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < array->size(); ++i) {
      const QString key = QStringLiteral("permissions[%1]").arg(i);
      const auto o = objectElement(array->at(i), key);
      if (!o) {
        continue;
      }
      warnUnknownKeys(*o, key, {u"name", u"description", u"roles"});
      const QString nameKey = join(key, u"name");
      const auto name = requiredString(*o, QStringLiteral("name"), nameKey);
      const auto description =
          requiredLocalized(*o, QStringLiteral("description"), join(key, u"description"));
      if (!name) {
        continue;
      }
      // Without a valid own id the prefix cannot be checked; the id error already says why.
      const bool formOk = dottedLowercase().match(*name).hasMatch() &&
                          (ownId.isEmpty() || (name->startsWith(ownId + u'.') &&
                                               name->mid(ownId.size() + 1).count(u'.') == 1));
      if (!formOk) {
        error(nameKey,
              QCoreApplication::translate("Manifest",
                                          "%1: \"%2\" must have the form \"%3.<resource>.<verb>\" "
                                          "in lowercase")
                  .arg(quoted(nameKey), *name, ownId.isEmpty() ? QStringLiteral("<id>") : ownId));
        continue;
      }
      if (seen.contains(*name)) {
        error(nameKey, QCoreApplication::translate("Manifest", "%1: \"%2\" is declared twice")
                           .arg(quoted(nameKey), *name));
        continue;
      }
      seen.insert(*name);
      const QStringList roles = readRoleNames(*o, join(key, u"roles"));
      if (description) {
        m->permissions.append({*name, *description, roles});
      }
    }
  }

  void readFaces(const QJsonObject& root, Manifest* m) {
    const QString key = QStringLiteral("faces");
    if (!root.contains(key)) {
      missing(key);
      return;
    }
    const auto o = objectElement(root.value(key), key);
    if (!o) {
      return;
    }
    warnUnknownKeys(*o, key, {u"server", u"client", u"cli"});
    bool typesOk = true;
    auto flag = [&](QStringView name) {
      const QJsonValue v = o->value(name);
      if (v.isUndefined()) {
        return false;
      }
      if (!v.isBool()) {
        const QString k = join(key, name);
        error(k,
              QCoreApplication::translate("Manifest", "%1 must be true or false").arg(quoted(k)));
        typesOk = false;
        return false;
      }
      return v.toBool();
    };
    m->faces.server = flag(u"server");
    m->faces.client = flag(u"client");
    m->faces.cli = flag(u"cli");
    if (typesOk && !m->faces.server && !m->faces.client && !m->faces.cli) {
      error(key, QCoreApplication::translate(
                     "Manifest",
                     "\"faces\": at least one of \"server\", \"client\" and \"cli\" must be true"));
    }
  }

  ManifestResult m_result;
};

} // namespace

ManifestResult Manifest::fromJson(const QByteArray& json) {
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
  if (parseError.error != QJsonParseError::NoError) {
    ManifestResult result;
    result.errors.append(
        {QString(), QCoreApplication::translate("Manifest", "not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset)});
    return result;
  }
  if (!doc.isObject()) {
    ManifestResult result;
    result.errors.append(
        {QString(), QCoreApplication::translate("Manifest", "the manifest must be a JSON object")});
    return result;
  }
  return ManifestReader().read(doc.object());
}

ManifestResult Manifest::fromFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    ManifestResult result;
    result.errors.append({QString(), QCoreApplication::translate("Manifest", "cannot read %1: %2")
                                         .arg(path, file.errorString())});
    return result;
  }
  return fromJson(file.readAll());
}

bool Manifest::isValidId(QStringView id) {
  return dottedLowercase().match(id).hasMatch();
}

bool Manifest::dependsOn(QStringView pluginId) const {
  return std::any_of(dependencies.begin(), dependencies.end(),
                     [&](const ManifestDependency& d) { return d.id == pluginId; });
}

} // namespace simpul::sdk
