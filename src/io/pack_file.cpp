// Institution packs on disk: build one from its source folder, check a received one, unpack it
// and install it beside the previous version without ever leaving a half-installed pack.
#include "pack_file.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "document_reader.hpp"
#include "profile.hpp"
#include "report_template.hpp"
#include "xml_util.hpp"
#include "zip_archive.hpp"
#include "zip_failure.hpp"

namespace chengbao {
namespace {

namespace fs = std::filesystem;

// 1980-01-01 00:00, the earliest time a zip can record: the same source gives the same bytes.
constexpr zip_uint16_t kDosTime = 0;
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint32_t kRegularFileMode = 0100644;

LoadError write_error(const std::string& path, const std::string& reason) {
  return LoadError{path, 0, "cannot write: " + reason, LoadProblem::CannotWrite, {reason}};
}

// A name no other process or call of this one uses: pid and a counter.
std::string unique_suffix() {
  static std::atomic<unsigned> count{0};
  return std::to_string(::getpid()) + "-" + std::to_string(++count);
}

// "pack.cbpack[house/a.xml]": the entry of a pack file, as errors name it.
std::string entry_label(const std::string& file, const std::string& entry) {
  return file + "[" + entry + "]";
}

// An error about a file under `folder` (a private unpacked copy) told as the entry of `file`.
LoadError relabelled(LoadError error, const std::string& folder, const std::string& file) {
  const std::string prefix = folder + "/";
  if (error.file.compare(0, prefix.size(), prefix) == 0) {
    error.file = entry_label(file, error.file.substr(prefix.size()));
  }
  // The private folder means nothing to the user (a parent looked for in it): say the pack.
  const auto replace_folder = [&](std::string& text) {
    for (std::size_t at = text.find(folder); at != std::string::npos;
         at = text.find(folder, at + file.size())) {
      text.replace(at, folder.size(), file);
    }
  };
  replace_folder(error.message);
  for (std::string& arg : error.args) replace_folder(arg);
  return error;
}

template <typename T>
std::variant<T, LoadError> relabelled(std::variant<T, LoadError> result, const std::string& folder,
                                      const std::string& file) {
  if (auto* error = std::get_if<LoadError>(&result)) return relabelled(*error, folder, file);
  return result;
}

LoadError too_many(const std::string& file, unsigned limit) {
  return LoadError{file,
                   0,
                   "the pack has more than " + std::to_string(limit) + " entries",
                   LoadProblem::PackTooManyEntries,
                   {std::to_string(limit)}};
}

LoadError too_large(const std::string& file, unsigned long long limit) {
  return LoadError{file,
                   0,
                   "the pack holds more than " + std::to_string(limit) + " bytes uncompressed",
                   LoadProblem::PackTooLarge,
                   {std::to_string(limit)}};
}

LoadError not_regular(const std::string& file, const std::string& entry) {
  return LoadError{file,
                   0,
                   "entry '" + entry + "' is not a regular file (a link, a folder …)",
                   LoadProblem::PackNotRegular,
                   {entry}};
}

// Writes `data` to `path`, a file that must not exist yet; a link in its place is not followed.
std::optional<LoadError> write_new_file(const std::string& path, const std::string& data) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return write_error(path, std::strerror(errno));
  std::size_t done = 0;
  while (done < data.size()) {
    const ssize_t wrote = ::write(fd, data.data() + done, data.size() - done);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) {
      const std::string reason = std::strerror(errno);
      ::close(fd);
      return write_error(path, reason);
    }
    done += static_cast<std::size_t>(wrote);
  }
  if (::close(fd) != 0) return write_error(path, std::strerror(errno));
  return std::nullopt;
}

std::optional<LoadError> check_entry_file(const std::string& folder, const PackEntry& entry,
                                          const PackOptions& options) {
  const std::string path = folder + "/" + entry.path;
  std::error_code error;
  const fs::file_status status = fs::symlink_status(path, error);
  if (!fs::exists(status)) {
    return LoadError{folder + "/" + kPackManifest,
                     entry.line,
                     "missing " + entry.path,
                     LoadProblem::MissingEntry,
                     {entry.path}};
  }
  if (!fs::is_regular_file(status)) return not_regular(path, entry.path);
  if (entry.kind == PackEntryKind::Profile) {
    auto loaded = load_profile(path);
    if (auto* failure = std::get_if<LoadError>(&loaded)) return *failure;
    return std::nullopt;
  }
  TemplateLoadOptions load_options;
  if (!options.shipped_dir.empty()) load_options.parent_dirs.push_back(options.shipped_dir);
  auto loaded = load_template(path, load_options);
  if (auto* failure = std::get_if<LoadError>(&loaded)) return *failure;
  return std::nullopt;
}

// The pack's entries and their data, checked against `limits` and the manifest, in memory.
struct ReadPack {
  PackManifest manifest;
  std::map<std::string, std::string> files;  ///< entry → bytes, pack.xml included
};

std::variant<ReadPack, LoadError> read_pack(const std::string& file, const PackLimits& limits) {
  auto opened = ZipArchive::open(file);
  if (auto* failure = std::get_if<ReadError>(&opened)) return failure->at(file);
  const ZipArchive& zip = std::get<ZipArchive>(opened);
  auto listed = zip.entries();
  if (auto* failure = std::get_if<ReadError>(&listed)) return failure->at(file);
  const std::vector<ZipEntryInfo>& entries = std::get<std::vector<ZipEntryInfo>>(listed);
  if (entries.size() > limits.max_entries) return too_many(file, limits.max_entries);

  // Everything the directory says is judged before a byte is inflated.
  std::set<std::string> names;
  unsigned long long declared = 0;
  for (const ZipEntryInfo& entry : entries) {
    if (!entry.regular) return not_regular(file, entry.name);
    if (auto error = check_pack_entry_path(entry.name, file)) return *error;
    if (!names.insert(entry.name).second) {
      return LoadError{file,
                       0,
                       "entry '" + entry.name + "' is in the pack twice",
                       LoadProblem::PackEntryRepeated,
                       {entry.name}};
    }
    declared += entry.size;
    if (declared > limits.max_total_size) return too_large(file, limits.max_total_size);
  }

  ReadLimits read_limits;
  read_limits.max_entry_size = limits.max_entry_size;
  read_limits.max_compression_ratio = limits.max_compression_ratio;
  ReadPack pack;
  std::string& manifest_text = pack.files[kPackManifest];
  if (auto error = zip.read(kPackManifest, read_limits, manifest_text)) return error->at(file);
  auto manifest = parse_pack_manifest(manifest_text, entry_label(file, kPackManifest));
  if (auto* failure = std::get_if<LoadError>(&manifest)) return *failure;
  pack.manifest = std::get<PackManifest>(std::move(manifest));

  std::set<std::string> wanted = {kPackManifest};
  for (const PackEntry& entry : pack.manifest.entries) wanted.insert(entry.path);
  for (const std::string& name : names) {
    if (wanted.count(name) == 0) {
      return LoadError{file,
                       0,
                       "entry '" + name + "' is not listed in pack.xml",
                       LoadProblem::PackNotListed,
                       {name}};
    }
  }
  unsigned long long total = manifest_text.size();
  for (const PackEntry& entry : pack.manifest.entries) {
    if (names.count(entry.path) == 0) {
      return LoadError{entry_label(file, kPackManifest),
                       entry.line,
                       "missing " + entry.path,
                       LoadProblem::MissingEntry,
                       {entry.path}};
    }
    std::string& data = pack.files[entry.path];
    if (auto error = zip.read(entry.path, read_limits, data)) return error->at(file);
    // The bytes actually inflated count, whatever the directory declared.
    total += data.size();
    if (total > limits.max_total_size) return too_large(file, limits.max_total_size);
  }
  return pack;
}

// Writes the files of `pack` into the new folder `folder`.
std::optional<LoadError> write_pack_files(const ReadPack& pack, const std::string& folder) {
  std::error_code error;
  if (!fs::create_directory(folder, error)) {
    return write_error(folder, error ? error.message() : std::strerror(EEXIST));
  }
  for (const auto& [name, data] : pack.files) {
    const fs::path path = fs::path(folder) / name;
    fs::create_directories(path.parent_path(), error);
    if (error) return write_error(path.parent_path().string(), error.message());
    if (auto failure = write_new_file(path.string(), data)) return failure;
  }
  return std::nullopt;
}

std::optional<PackVersion> version_in(const std::string& folder) {
  std::string text;
  if (xml::read_file(folder + "/" + kPackManifest, text)) return std::nullopt;
  auto manifest = parse_pack_manifest(text, kPackManifest);
  if (auto* read = std::get_if<PackManifest>(&manifest)) return read->version;
  return std::nullopt;
}

// Puts `staged` in the place of `target`, which may exist: one atomic exchange where the system
// has it, so a reader sees the old pack or the new one, never none.
std::optional<LoadError> exchange(const std::string& staged, const std::string& target,
                                  bool target_exists) {
  if (!target_exists) {
    if (std::rename(staged.c_str(), target.c_str()) != 0) {
      return write_error(target, std::strerror(errno));
    }
    return std::nullopt;
  }
#if defined(RENAME_EXCHANGE)
  if (::renameat2(AT_FDCWD, staged.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
    return std::nullopt;
  }
  if (errno != EINVAL && errno != ENOSYS) return write_error(target, std::strerror(errno));
#endif
  // No exchange on this file system: move the old one aside, then the new one in; on a failure
  // of the second step the old one goes back.
  const std::string aside = target + ".old-" + unique_suffix();
  if (std::rename(target.c_str(), aside.c_str()) != 0) {
    return write_error(target, std::strerror(errno));
  }
  if (std::rename(staged.c_str(), target.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    std::rename(aside.c_str(), target.c_str());
    return write_error(target, reason);
  }
  std::rename(aside.c_str(), staged.c_str());
  return std::nullopt;
}

// Removes a folder of ours when it goes out of scope.
class FolderGuard {
 public:
  explicit FolderGuard(std::string path) : path_(std::move(path)) {}
  ~FolderGuard() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  FolderGuard(const FolderGuard&) = delete;
  FolderGuard& operator=(const FolderGuard&) = delete;

 private:
  std::string path_;
};

std::optional<LoadError> write_zip(const std::string& path,
                                   const std::map<std::string, std::string>& files) {
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (archive == nullptr) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const std::string reason = zip_failure_reason(&error);
    zip_error_fini(&error);
    return write_error(path, reason);
  }
  const auto failed = [&] {
    const std::string reason = zip_failure_reason(zip_get_error(archive));
    zip_discard(archive);
    return write_error(path, reason);
  };
  // std::map: sorted by name, so the same files always make the same zip.
  for (const auto& [name, data] : files) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    const zip_int64_t index =
        source == nullptr ? -1 : zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      if (source != nullptr) zip_source_free(source);
      return failed();
    }
    const auto at = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, at, ZIP_CM_DEFLATE, 9) != 0 ||
        zip_file_set_dostime(archive, at, kDosTime, kDosDate, 0) != 0 ||
        zip_file_set_external_attributes(archive, at, 0, ZIP_OPSYS_UNIX, kRegularFileMode << 16) !=
            0) {
      return failed();
    }
  }
  if (zip_close(archive) != 0) return failed();
  return std::nullopt;
}

}  // namespace

std::variant<PackManifest, LoadError> read_pack_folder(const std::string& folder,
                                                       const PackOptions& options) {
  const std::string manifest_path = folder + "/" + kPackManifest;
  std::string text;
  if (auto error = xml::read_file(manifest_path, text)) return *error;
  auto parsed = parse_pack_manifest(text, manifest_path);
  if (auto* failure = std::get_if<LoadError>(&parsed)) return *failure;
  PackManifest& manifest = std::get<PackManifest>(parsed);
  if (manifest.entries.size() + 1 > options.limits.max_entries) {
    return too_many(manifest_path, options.limits.max_entries);
  }
  for (const PackEntry& entry : manifest.entries) {
    if (auto error = check_entry_file(folder, entry, options)) return *error;
  }
  return parsed;
}

std::variant<PackManifest, LoadError> build_pack(const std::string& dir, const std::string& out,
                                                 const PackOptions& options) {
  auto checked = read_pack_folder(dir, options);
  if (auto* failure = std::get_if<LoadError>(&checked)) return *failure;
  const PackManifest& manifest = std::get<PackManifest>(checked);
  std::map<std::string, std::string> files;
  unsigned long long total = 0;
  std::vector<std::string> names = {kPackManifest};
  for (const PackEntry& entry : manifest.entries) names.push_back(entry.path);
  for (const std::string& name : names) {
    const std::string path = dir + "/" + name;
    std::string& data = files[name];
    if (auto error = xml::read_file(path, data)) return *error;
    if (data.size() > options.limits.max_entry_size) {
      return LoadError{
          path,
          0,
          "larger than the limit of " + std::to_string(options.limits.max_entry_size) + " bytes",
          LoadProblem::EntryTooLarge,
          {name, std::to_string(options.limits.max_entry_size)}};
    }
    total += data.size();
    if (total > options.limits.max_total_size) return too_large(dir, options.limits.max_total_size);
  }
  const std::string temp = out + ".tmp-" + unique_suffix();
  if (auto error = write_zip(temp, files)) {
    std::remove(temp.c_str());
    return relabelled(*error, temp, out);
  }
  // What is received is what was built: the file is checked as a receiver checks it.
  auto received = check_pack(temp, options);
  if (auto* failure = std::get_if<LoadError>(&received)) {
    std::remove(temp.c_str());
    LoadError error = *failure;
    if (error.file.compare(0, temp.size(), temp) == 0)
      error.file = out + error.file.substr(temp.size());
    return error;
  }
  if (std::rename(temp.c_str(), out.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    std::remove(temp.c_str());
    return write_error(out, reason);
  }
  return checked;
}

std::variant<PackManifest, LoadError> unpack_pack(const std::string& file,
                                                  const std::string& folder,
                                                  const PackLimits& limits) {
  auto read = read_pack(file, limits);
  if (auto* failure = std::get_if<LoadError>(&read)) return *failure;
  const ReadPack& pack = std::get<ReadPack>(read);
  std::error_code ignored;
  if (fs::exists(fs::symlink_status(folder, ignored))) {
    return write_error(folder, std::strerror(EEXIST));
  }
  if (auto error = write_pack_files(pack, folder)) {
    fs::remove_all(folder, ignored);
    return *error;
  }
  return pack.manifest;
}

std::variant<PackManifest, LoadError> check_pack(const std::string& file,
                                                 const PackOptions& options) {
  std::error_code error;
  const fs::path temp_root = fs::temp_directory_path(error);
  if (error) return write_error(file, error.message());
  const std::string folder = (temp_root / ("chengbao-pack-" + unique_suffix())).string();
  const FolderGuard guard(folder);
  auto unpacked = unpack_pack(file, folder, options.limits);
  if (std::holds_alternative<LoadError>(unpacked)) return unpacked;
  return relabelled(read_pack_folder(folder, options), folder, file);
}

std::variant<InstalledPack, LoadError> install_pack(
    const std::string& file, const std::string& packs_dir, const PackOptions& options,
    const std::optional<PackVersion>& installed_version) {
  // Read and judged in memory first: a refused pack writes nothing at all.
  auto read = read_pack(file, options.limits);
  if (auto* failure = std::get_if<LoadError>(&read)) return *failure;
  const ReadPack& pack = std::get<ReadPack>(read);
  const std::string target = packs_dir + "/" + pack.manifest.id;
  std::error_code error;
  const bool exists = fs::exists(fs::symlink_status(target, error));
  InstalledPack installed{pack.manifest, target, std::nullopt};
  installed.replaced = installed_version ? installed_version
                       : exists          ? version_in(target)
                                         : std::nullopt;
  if (installed.replaced && !options.force &&
      compare_pack_versions(pack.manifest.version, *installed.replaced) <= 0) {
    return LoadError{file,
                     0,
                     "pack " + pack.manifest.id + " version " + pack.manifest.version.text +
                         " is not newer than the installed version " + installed.replaced->text +
                         ": not installed",
                     LoadProblem::PackNotNewer,
                     {pack.manifest.id, pack.manifest.version.text, installed.replaced->text}};
  }
  fs::create_directories(packs_dir, error);
  if (error) return write_error(packs_dir, error.message());
  // Beside the target, on the same file system, so the exchange is a rename.
  const std::string staged = packs_dir + "/." + pack.manifest.id + ".new-" + unique_suffix();
  const FolderGuard guard(staged);
  if (auto failure = write_pack_files(pack, staged)) return *failure;
  auto checked = read_pack_folder(staged, options);
  if (auto* failure = std::get_if<LoadError>(&checked)) return relabelled(*failure, staged, file);
  if (auto failure = exchange(staged, target, exists)) return *failure;
  return installed;
}

}  // namespace chengbao
