// Looks for newer versions of the packs imported from a URL: downloads each again and checks it
// as an install would, without installing anything.
#include "pack_update.hpp"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <variant>

#include <unistd.h>

namespace chengbao {
namespace {

namespace fs = std::filesystem;

/// A file name of `dir` no other check of this or another process uses.
fs::path scratch_file(const std::string& dir) {
  static std::atomic<unsigned> counter{0};
  return fs::path(dir) /
         (".check-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".cbpack");
}

/// The pack `source` offers now, checked; or why not.
std::variant<PackManifest, LoadError> offered_pack(const PackSource& source,
                                                   const std::string& scratch_dir,
                                                   const PackOptions& options,
                                                   const DownloadLimits& limits) {
  auto bytes = download(source.url, limits);
  if (auto* error = std::get_if<ReadError>(&bytes)) return error->at(source.url);
  std::error_code ignored;
  fs::create_directories(scratch_dir, ignored);
  const fs::path file = scratch_file(scratch_dir);
  std::variant<PackManifest, LoadError> checked =
      LoadError{file.string(), 0, "cannot write", LoadProblem::CannotWrite, {"write failed"}};
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << std::get<std::string>(bytes);
    if (out.flush()) {
      out.close();
      checked = check_pack(file.string(), options);
    }
  }
  fs::remove(file, ignored);
  if (auto* error = std::get_if<LoadError>(&checked)) {
    // Named by the URL, an entry as "url[entry]", not through the private copy.
    if (error->file.compare(0, file.string().size(), file.string()) == 0)
      error->file = source.url + error->file.substr(file.string().size());
    return checked;
  }
  const PackManifest& manifest = std::get<PackManifest>(checked);
  if (manifest.id != source.id)
    return LoadError{source.url,
                     0,
                     "the pack there is now \"" + manifest.id + "\", not \"" + source.id + "\"",
                     LoadProblem::Other,
                     {}};
  return checked;
}

}  // namespace

PackUpdateCheck check_pack_updates(const std::vector<PackSource>& sources,
                                   const std::string& scratch_dir, const PackOptions& options,
                                   const DownloadLimits& limits) {
  PackUpdateCheck result;
  for (const PackSource& source : sources) {
    auto offered = offered_pack(source, scratch_dir, options, limits);
    if (auto* error = std::get_if<LoadError>(&offered)) {
      result.failures.push_back({source, *error});
      continue;
    }
    PackManifest& manifest = std::get<PackManifest>(offered);
    const auto installed = parse_pack_version(source.version);
    // A recorded version that does not parse (edited by hand) is taken as older than any.
    if (!installed || compare_pack_versions(manifest.version, *installed) > 0)
      result.updates.push_back({source, std::move(manifest)});
  }
  return result;
}

}  // namespace chengbao
