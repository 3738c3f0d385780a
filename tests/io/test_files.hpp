// Helpers of the io tests: fixture paths, a scratch folder, files and zips written at run time.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "document.hpp"
#include "document_reader.hpp"

namespace chengbao::testing {

/// The path of a committed fixture in tests/io/data.
std::string data_file(const std::string& name);

/// Reads `path`, failing the current test (with the error) when it cannot be read.
Document read_ok(const std::string& path, const ReadLimits& limits = ReadLimits());

/// Reads `path` expecting a LoadError; returns its message after checking that the error names
/// the file and has line 0. Fails the current test when the file reads.
std::string read_error(const std::string& path, const ReadLimits& limits = ReadLimits());

/// The texts of all paragraphs, for "is this text anywhere" checks.
std::string all_text(const Document& document);

/// A folder of its own for one test, removed with everything in it at the end of the test.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  /// The path of `name` in the folder.
  std::string path(const std::string& name) const;
  /// Writes `content` to `name` and returns its path.
  std::string write(const std::string& name, const std::string& content) const;

 private:
  std::string dir_;
};

struct ZipEntry {
  std::string name;
  std::string data;
  bool store = false;  ///< stored instead of deflated
};

/// Writes a zip file with libzip.
void write_zip(const std::string& path, const std::vector<ZipEntry>& entries);

/// Rewrites the uncompressed size that the local header and the central directory of `entry`
/// declare (a lying zip header).
void patch_declared_size(const std::string& path, const std::string& entry, std::uint32_t size);

/// A minimal flat ODF text document around `body` (the content of office:text), with `styles`
/// inside office:styles and `automatic` inside office:automatic-styles.
std::string flat_odf(const std::string& body, const std::string& styles = "",
                     const std::string& automatic = "");

/// The parts of a minimal .docx around `body` (the content of w:body).
std::vector<ZipEntry> docx_entries(const std::string& body, const std::string& styles = "",
                                   const std::string& numbering = "");

/// Reads a whole file.
std::string read_bytes(const std::string& path);

}  // namespace chengbao::testing
