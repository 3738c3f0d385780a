// Reports in formats only an office reads (.doc, .wps, .rtf): converted to .odt by a headless
// LibreOffice with a private profile, in batches, so the checker reads them like any other.
#pragma once

#include "read_error.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace chengbao::cli {

/// Whether the file at `path` is, by its content, a legacy Word or WPS document (an OLE2 compound
/// file that is not a password-protected package) or RTF.
bool is_legacy_format(const std::string& path);

/// The office program to convert with: $CHENGBAO_OFFICE when set ("" or "none": no office), else
/// soffice or libreoffice on the PATH, else Debian's /usr/lib/libreoffice/program/soffice; empty
/// when there is none.
std::string find_office();

/// A legacy file's conversion: the file to read, or why there is none (its kind said in the
/// user's language at the edge, as a reader's refusal is).
struct Converted {
  std::string path;
  std::optional<ReadError> error;  ///< none when `path` is there
};

class LegacyFiles {
 public:
  /// Converts the legacy files among `files`, in batches of `batch` files per office run, into a
  /// folder of its own (removed with this object). The office runs with a new private profile:
  /// never the user's running office, which it neither joins nor disturbs.
  explicit LegacyFiles(const std::vector<std::string>& files, std::size_t batch = 50);
  ~LegacyFiles();
  LegacyFiles(const LegacyFiles&) = delete;
  LegacyFiles& operator=(const LegacyFiles&) = delete;

  /// Whether `file` is one of the legacy files.
  bool contains(const std::string& file) const { return converted_.count(file) != 0; }
  /// The converted file to read for legacy `file`, or why there is none.
  const Converted& converted(const std::string& file) const { return converted_.at(file); }

 private:
  std::string work_;
  std::map<std::string, Converted> converted_;
};

}  // namespace chengbao::cli
