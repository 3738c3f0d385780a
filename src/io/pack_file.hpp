// Institution packs on disk: build one from its source folder, check a received one, unpack it
// and install it beside the previous version without ever leaving a half-installed pack.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "load_error.hpp"
#include "pack_manifest.hpp"

namespace chengbao {

/// What a received pack may hold at most. A pack is a few XML files; anything larger is refused
/// before it is unpacked.
struct PackLimits {
  unsigned max_entries = 64;                        ///< pack.xml included
  unsigned long long max_entry_size = 4ull << 20;   ///< uncompressed bytes of one entry
  unsigned long long max_total_size = 16ull << 20;  ///< uncompressed bytes of all entries
  unsigned max_compression_ratio = 100;             ///< per entry over 1 MiB (as ReadLimits)
};

struct PackOptions {
  /// The built-in template folder, where a house template's extends="…" is looked for after its
  /// own folder in the pack; empty: only the pack's own folder.
  std::string shipped_dir;
  PackLimits limits;
  /// install_pack: install even when the installed version is the same or newer.
  bool force = false;
};

/// What install_pack did.
struct InstalledPack {
  PackManifest pack;
  std::string folder;                   ///< packs_dir/<id>
  std::optional<PackVersion> replaced;  ///< the version that was installed before, if any
};

/// Reads `folder`/pack.xml and checks every file it lists: each must be a regular file (not a
/// link), a profile must load (load_profile) and a template must load strictly, its parent
/// looked for in its own folder, then in `options.shipped_dir`. Errors name the file and line.
std::variant<PackManifest, LoadError> read_pack_folder(const std::string& folder,
                                                       const PackOptions& options);

/// Builds the pack file `out` (.cbpack) from `dir`/pack.xml and the files it lists (nothing
/// else of `dir` goes in). The zip is deterministic: entries sorted by name, a fixed timestamp
/// (1980-01-01), mode 0644; it is written beside `out`, checked as check_pack checks a received
/// pack, and only then renamed over `out`.
std::variant<PackManifest, LoadError> build_pack(const std::string& dir, const std::string& out,
                                                 const PackOptions& options);

/// Unpacks the pack `file` into `folder` (created; it must not exist) without judging the XML
/// of the entries. Refused, with nothing written: a file that is not a zip; more entries or
/// bytes than `limits`; an entry compressed more than the ratio; an entry name that is absolute,
/// has a .. part or a backslash (zip-slip); a link, folder or other special entry; an entry that
/// is not .xml, is stored twice or is not listed in pack.xml; a listed file that is missing. A
/// failure part-way removes `folder` again. Errors name `file` and, in brackets, the entry.
std::variant<PackManifest, LoadError> unpack_pack(const std::string& file,
                                                  const std::string& folder,
                                                  const PackLimits& limits);

/// Checks the pack `file` as install_pack would before installing it: unpack_pack into a
/// private temporary folder, then read_pack_folder. Nothing is left behind.
std::variant<PackManifest, LoadError> check_pack(const std::string& file,
                                                 const PackOptions& options);

/// Installs the pack `file` as `packs_dir`/<id>: unpacks it into a folder beside, checks all of
/// it, then exchanges the two folders with one rename, so the previous version stays in use on
/// any failure and no reader ever sees half a pack. A version not newer than the installed one
/// is refused unless `options.force`. The installed version is `installed_version` when given
/// (what the caller has recorded), else the one in `packs_dir`/<id>/pack.xml.
std::variant<InstalledPack, LoadError> install_pack(
    const std::string& file, const std::string& packs_dir, const PackOptions& options,
    const std::optional<PackVersion>& installed_version = std::nullopt);

}  // namespace chengbao
