// PluginManager: checking manifests against each other and the core, and ordering plugins.
// Still no library is touched: everything here is decided from plugin.json alone.

#include "sdk/plugin_log.h"
#include "sdk/plugin_manager.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace simpul::sdk {

void PluginManager::resolve() {
  refuseDuplicates();
  checkCoreApi();
  checkDependencies();
  orderAndFindCycles();
  cascadeFailedDependencies();
  for (const auto& spec : m_specs) {
    if (spec->m_state != PluginState::Read) {
      continue;
    }
    spec->m_state = PluginState::Resolved;
    spec->m_skipped = !spec->m_manifest->faces.has(m_face);
    if (spec->m_skipped) {
      qCDebug(lcPlugins).noquote()
          << spec->m_id << "has no" << toString(m_face) << "face; not loaded in this process";
    }
  }
}

// Two folders claiming one id cannot both be trusted and neither can be preferred on any
// principled ground (search path order is an accident of configuration), so every copy is
// refused and the administrator removes the extra one.
void PluginManager::refuseDuplicates() {
  std::map<QString, QList<PluginSpec*>> byId;
  for (const auto& spec : m_specs) {
    if (spec->m_manifest && spec->m_state == PluginState::Read) {
      byId[spec->m_id].append(spec.get());
    }
  }
  for (const auto& [id, copies] : byId) {
    if (copies.size() < 2) {
      continue;
    }
    QStringList directories;
    for (const PluginSpec* copy : copies) {
      directories.append(copy->m_directory);
    }
    for (PluginSpec* copy : copies) {
      fail(*copy, ErrorReason::DuplicateId,
           QCoreApplication::translate("PluginManager",
                                       "%1 is installed more than once (%2); every copy is refused")
               .arg(id, directories.join(QStringLiteral(", "))));
    }
  }
}

void PluginManager::checkCoreApi() {
  for (const auto& spec : m_specs) {
    if (spec->m_state == PluginState::Read &&
        !spec->m_manifest->coreApi.contains(m_coreApiVersion)) {
      fail(*spec, ErrorReason::CoreApiMismatch,
           QCoreApplication::translate("PluginManager",
                                       "%1 requires core API %2 but this core provides %3")
               .arg(spec->m_id, spec->m_manifest->coreApi.toString(), m_coreApiVersion.toString()));
    }
  }
}

void PluginManager::checkDependencies() {
  for (const auto& spec : m_specs) {
    if (spec->m_state != PluginState::Read) {
      continue;
    }
    for (const ManifestDependency& dep : spec->m_manifest->dependencies) {
      const PluginSpec* target = findMutable(dep.id);
      if (!target) {
        fail(*spec, ErrorReason::MissingDependency,
             QCoreApplication::translate("PluginManager",
                                         "%1 requires %2 %3 but it is not installed")
                 .arg(spec->m_id, dep.id, dep.version.toString()));
        break;
      }
      if (target->m_manifest && !dep.version.contains(target->m_manifest->version)) {
        fail(*spec, ErrorReason::DependencyVersionMismatch,
             QCoreApplication::translate("PluginManager", "%1 requires %2 %3 but %4 is installed")
                 .arg(spec->m_id, dep.id, dep.version.toString(),
                      target->m_manifest->version.toString()));
        break;
      }
    }
  }
}

// Kahn's topological sort whose ready set is ordered by id (then folder), so the same plugins
// always load in the same order. Whatever cannot be ordered is in a cycle or depends on one;
// each plugin on a cycle is told the shortest cycle through it.
void PluginManager::orderAndFindCycles() {
  const int n = static_cast<int>(m_specs.size());
  auto before = [this](int a, int b) {
    const PluginSpec& x = *m_specs[a];
    const PluginSpec& y = *m_specs[b];
    return x.m_id != y.m_id ? x.m_id < y.m_id : x.m_directory < y.m_directory;
  };
  QHash<const PluginSpec*, int> indexOf;
  for (int i = 0; i < n; ++i) {
    indexOf.insert(m_specs[i].get(), i);
  }
  // The graph spans every plugin with a manifest, failed or not, so a failed plugin still
  // sorts before its dependents and cycles are found whatever else is wrong.
  std::vector<std::vector<int>> deps(n);
  std::vector<std::vector<int>> dependents(n);
  for (int i = 0; i < n; ++i) {
    if (!m_specs[i]->m_manifest) {
      continue;
    }
    for (const ManifestDependency& dep : m_specs[i]->m_manifest->dependencies) {
      const PluginSpec* target = findMutable(dep.id);
      if (target && target->m_manifest) {
        const int t = indexOf.value(target);
        deps[i].push_back(t);
        dependents[t].push_back(i);
      }
    }
    std::sort(deps[i].begin(), deps[i].end(), before);
  }

  std::vector<int> order;
  std::vector<int> pending(n);
  std::set<int, decltype(before)> ready(before);
  for (int i = 0; i < n; ++i) {
    pending[i] = static_cast<int>(deps[i].size());
    if (m_specs[i]->m_manifest && pending[i] == 0) {
      ready.insert(i);
    }
  }
  std::vector<bool> placed(n, false);
  while (!ready.empty()) {
    const int i = *ready.begin();
    ready.erase(ready.begin());
    order.push_back(i);
    placed[i] = true;
    for (int d : dependents[i]) {
      if (--pending[d] == 0) {
        ready.insert(d);
      }
    }
  }

  std::vector<int> leftovers;
  std::vector<int> unreadable;
  for (int i = 0; i < n; ++i) {
    if (!placed[i]) {
      (m_specs[i]->m_manifest ? leftovers : unreadable).push_back(i);
    }
  }
  std::sort(leftovers.begin(), leftovers.end(), before);
  std::sort(unreadable.begin(), unreadable.end(), before);

  for (int start : leftovers) {
    // Breadth-first from start's dependencies back to start: the shortest cycle through it.
    std::vector<int> parent(n, -1);
    std::deque<int> queue;
    int last = -1;
    for (int d : deps[start]) {
      if (!placed[d] && parent[d] == -1) {
        parent[d] = start;
        queue.push_back(d);
      }
    }
    while (!queue.empty() && last == -1) {
      const int x = queue.front();
      queue.pop_front();
      if (x == start) {
        last = parent[x];
        break;
      }
      for (int d : deps[x]) {
        if (!placed[d] && parent[d] == -1) {
          parent[d] = x;
          queue.push_back(d);
        }
      }
    }
    if (last == -1) {
      continue; // not on a cycle, only behind one: cascadeFailedDependencies() handles it
    }
    std::vector<int> cycle{start};
    for (int x = last; x != start; x = parent[x]) {
      cycle.push_back(x);
    }
    std::reverse(cycle.begin() + 1, cycle.end());
    // Start the text at the smallest id so every member of a ring reports it identically.
    std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end(), before), cycle.end());
    QStringList names;
    for (int x : cycle) {
      names.append(m_specs[x]->m_id);
    }
    names.append(names.front());
    PluginSpec& spec = *m_specs[start];
    if (spec.m_state == PluginState::Read) {
      fail(spec, ErrorReason::DependencyCycle,
           QCoreApplication::translate("PluginManager", "%1 is in a dependency cycle: %2")
               .arg(spec.m_id, names.join(QStringLiteral(" -> "))));
    }
  }

  std::vector<std::unique_ptr<PluginSpec>> sorted;
  sorted.reserve(m_specs.size());
  for (const std::vector<int>* part : {&order, &leftovers, &unreadable}) {
    for (int i : *part) {
      sorted.push_back(std::move(m_specs[i]));
    }
  }
  m_specs = std::move(sorted);
}

// In load order a dependency is decided before its dependents, so one pass settles the
// ordered part; plugins behind a cycle may need another pass.
void PluginManager::cascadeFailedDependencies() {
  for (bool changed = true; changed;) {
    changed = false;
    for (const auto& spec : m_specs) {
      if (spec->m_state == PluginState::Read && failIfDependencyFailed(*spec)) {
        changed = true;
      }
    }
  }
}

} // namespace simpul::sdk
