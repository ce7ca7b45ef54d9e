// simpul-benchgen: writes the benchmarks' synthetic data (generator.h).
//   simpul-benchgen csv --rows N --seed S --provinsi 32 --wilayah W --names NAMES --out F.csv
//   simpul-benchgen db  --rows N --seed S --provinsi 32 --wilayah W --names NAMES
//                       --template template.db --out dbN.db
// Exit 0 on success, 1 on an error while writing, 2 on bad arguments.

#include "generator.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <map>
#include <string>

namespace {

constexpr const char* kUsage =
    "usage: simpul-benchgen csv --rows N [--seed S] [--provinsi 32] --wilayah WILAYAH.csv\n"
    "                           --names NAMES.csv --out FILE.csv\n"
    "       simpul-benchgen db  --rows N [--seed S] [--provinsi 32] --wilayah WILAYAH.csv\n"
    "                           --names NAMES.csv --template TEMPLATE.db --out FILE.db\n"
    "                           [--records-only]\n"
    "\n"
    "Synthetic PMKS data for the benchmarks: persons with valid NIKs in the desa of one\n"
    "provinsi and PMKS records mostly of fakir miskin, every row passing its type's rules.\n"
    "csv: the columns `simpulctl pmks import` reads, period 2025.\n"
    "db:  a copy of TEMPLATE.db (simpulctl init + plugin migrations) with the persons, the\n"
    "     records (periods 2024 and 2025, mostly VALIDATED) and pmks_recap_counts filled.\n"
    "     --records-only: no persons and no history (about half the time), for a database\n"
    "     that only the recap and its GROUP BY baseline read.\n"
    "The same --seed gives the same data. N from 1 to 10,000,000 and more.\n";

int usageError(const std::string& message) {
  std::fprintf(stderr, "simpul-benchgen: %s\n\n%s", message.c_str(), kUsage);
  return 2;
}

bool parseInt(const std::string& text, long long& value) {
  try {
    std::size_t used = 0;
    value = std::stoll(text, &used);
    return used == text.size();
  } catch (const std::exception&) {
    return false;
  }
}

} // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (argc < 2) {
    return usageError("a command is required (csv or db)");
  }
  const std::string command = argv[1];
  if (command != "csv" && command != "db") {
    return usageError("unknown command '" + command + "'");
  }
  std::map<std::string, std::string> args;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (arg == "--records-only" && command == "db") {
      args[arg] = "yes";
      continue;
    }
    static const char* const kKnown[] = {"--rows",  "--seed",     "--provinsi", "--wilayah",
                                         "--names", "--template", "--out"};
    bool known = false;
    for (const char* name : kKnown) {
      known = known || arg == name;
    }
    if (!known || (arg == "--template" && command != "db")) {
      return usageError("unknown option '" + arg + "'");
    }
    if (i + 1 >= argc) {
      return usageError(arg + " needs a value");
    }
    args[arg] = argv[++i];
  }
  simpul::bench::GenOptions options;
  long long number = 0;
  if (!args.contains("--rows") || !parseInt(args["--rows"], number) || number < 1) {
    return usageError("--rows N (a positive number) is required");
  }
  options.rows = number;
  if (args.contains("--seed")) {
    if (!parseInt(args["--seed"], number) || number < 0) {
      return usageError("--seed must be a non-negative number");
    }
    options.seed = static_cast<std::uint64_t>(number);
  }
  if (args.contains("--provinsi")) {
    options.provinsi = args["--provinsi"];
    if (options.provinsi.size() != 2 || !parseInt(options.provinsi, number)) {
      return usageError("--provinsi must be a two-digit code such as 32");
    }
  }
  for (const char* required : {"--wilayah", "--names", "--out"}) {
    if (!args.contains(required) || args[required].empty()) {
      return usageError(std::string(required) + " is required");
    }
  }
  if (command == "db" && (!args.contains("--template") || args["--template"].empty())) {
    return usageError("--template is required for db");
  }
  options.withPersons = !args.contains("--records-only");
  options.wilayahCsv = args["--wilayah"];
  options.namesCsv = args["--names"];
  try {
    const auto start = std::chrono::steady_clock::now();
    if (command == "csv") {
      simpul::bench::writeCsv(options, args["--out"]);
      std::fprintf(stderr, "simpul-benchgen: %lld rows written to %s in %.1f s\n",
                   static_cast<long long>(options.rows), args["--out"].c_str(),
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    } else {
      simpul::bench::writeDatabase(options, args["--template"], args["--out"]);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "simpul-benchgen: %s\n", e.what());
    return 1;
  }
  return 0;
}
