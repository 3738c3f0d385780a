// An institution pack's manifest (pack.xml, format v1) and its version numbers: pure parsing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "finding.hpp"
#include "load_error.hpp"

namespace chengbao {

/// The name of the manifest inside a pack and in its source folder.
constexpr const char kPackManifest[] = "pack.xml";

/// A pack's version: dotted decimal numbers ("1", "1.2", "2026.12.1"), at most four of them.
struct PackVersion {
  std::vector<unsigned long> parts;
  std::string text;  ///< as written
};

/// The version `text` names; nullopt when it is not 1 to 4 dot-separated numbers of at most nine
/// digits each (no sign, no spaces, no empty part).
std::optional<PackVersion> parse_pack_version(std::string_view text);

/// <0, 0 or >0 as `a` is older than, the same as or newer than `b`; missing parts count as 0,
/// so 1.2 and 1.2.0 are the same version.
int compare_pack_versions(const PackVersion& a, const PackVersion& b);

/// What a pack entry holds.
enum class PackEntryKind { Profile, Template };

/// One file the manifest lists.
struct PackEntry {
  PackEntryKind kind = PackEntryKind::Profile;
  std::string path;  ///< relative, with / between folder names (see check_pack_entry_path)
  int line = 0;      ///< where pack.xml lists it
};

/// A pack's manifest.
struct PackManifest {
  std::string id;  ///< [a-z0-9-], the folder the pack is installed in
  PackVersion version;
  std::string name;     ///< the name without xml:lang (else the first)
  std::string name_cn;  ///< <name xml:lang="zh-CN">; empty when not given
  std::string name_tw;  ///< <name xml:lang="zh-TW">
  std::string name_en;  ///< <name xml:lang="en">
  std::string publisher;
  std::vector<PackEntry> entries;  ///< in the manifest's order
};

/// The pack's name in `language`, else its default name.
std::string pack_name(const PackManifest& manifest, Language language);

/// Parses pack.xml text; `name` is the file name used in errors. Besides the XML rules of the
/// other v1 formats (no DOCTYPE, unknown elements and attributes refused), every listed path must
/// be safe (check_pack_entry_path) and listed once.
std::variant<PackManifest, LoadError> parse_pack_manifest(const std::string& xml,
                                                          const std::string& name);

/// Whether `path` may name a file in a pack: relative, / between names, no . or .. part, no
/// backslash, colon or control character, ending in ".xml", at most 200 bytes. The error (kind
/// PackUnsafePath or PackNotXml) names `path` and concerns `file`.
std::optional<LoadError> check_pack_entry_path(const std::string& path, const std::string& file,
                                               int line = 0);

}  // namespace chengbao
