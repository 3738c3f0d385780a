// Read-only access to the entries of a zip package, with limits against zip bombs.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "document_reader.hpp"
#include "read_error.hpp"

struct zip;

namespace chengbao {

/// What the central directory says about one entry, before anything of it is read.
struct ZipEntryInfo {
  std::string name;                        ///< as stored: nothing is resolved or cleaned
  unsigned long long size = 0;             ///< declared uncompressed size
  unsigned long long compressed_size = 0;  ///< declared compressed size
  /// False for a symbolic link, a folder or another special file: a Unix mode other than a
  /// regular file's, or a name ending in /.
  bool regular = true;
};

/// An open zip file. Expected failures are returned as a reason a person can act on.
class ZipArchive {
 public:
  /// Opens `path`; the reason when it is not a zip libzip can read (truncated, corrupt…).
  static std::variant<ZipArchive, ReadError> open(const std::string& path);

  ZipArchive(ZipArchive&& other) noexcept;
  ZipArchive& operator=(ZipArchive&& other) noexcept;
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;
  ~ZipArchive();

  bool contains(const std::string& name) const;

  /// Every entry in the order the archive stores them, or why the directory cannot be read.
  std::variant<std::vector<ZipEntryInfo>, ReadError> entries() const;

  /// Reads entry `name` into `data` (left empty when refused); any earlier content of `data`
  /// only saves growing it. Refuses, with the reason, an entry that is missing,
  /// encrypted, corrupt, larger than `limits.max_entry_size`, or compressed more than
  /// `limits.max_compression_ratio` times; the sizes the archive declares are checked first and
  /// the bytes actually inflated are counted too, so a lying header cannot get past either.
  std::optional<ReadError> read(const std::string& name, const ReadLimits& limits,
                                std::string& data) const;

 private:
  explicit ZipArchive(struct zip* archive) : archive_(archive) {}

  // read() without clearing `data` on a refusal.
  std::optional<ReadError> read_entry(const std::string& name, const ReadLimits& limits,
                                      std::string& data) const;

  struct zip* archive_ = nullptr;
};

}  // namespace chengbao
