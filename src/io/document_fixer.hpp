// Writes safe fixes into .odt, .fodt and .docx files without LibreOffice: only the bytes of the
// text that changes are replaced; every other byte of the part, and every other zip entry, stays.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "document_reader.hpp"
#include "fix.hpp"
#include "load_error.hpp"

namespace chengbao {

/// What became of the edits given to write_fixes.
struct WrittenFixes {
  std::vector<TextEdit> applied;  ///< in the file (or, with a dry run, would be)
  /// Not written: the text they change is not plain text in the file (a tab, a field, a symbol,
  /// a CDATA section), or reading the result back did not give the text they promise.
  std::vector<TextEdit> left;
  /// The fixed file as it was read back to verify it, when one was written (neither a dry run
  /// nor in place with nothing applied): the file as it now is, with its look when the limits
  /// ask for it, so that whoever checks it again need not read it once more.
  std::optional<Document> read_back;
};

struct FixTarget {
  std::string path;      ///< where the fixed file goes; may be the file itself
  bool dry_run = false;  ///< find out what would be applied, write nothing there
};

/// Applies `edits` (as plan_fixes gave them for read_document(`path`)) to the file `path` and
/// writes the result to `target.path` atomically: a new file beside it, read back and compared
/// with the text the edits promise, then renamed over it. When anything fails, the target is
/// left as it was and the error names the file (the target when it could not be written). A
/// target other than `path` is written even when no edit applies (a copy).
std::variant<WrittenFixes, LoadError> write_fixes(const std::string& path,
                                                  const std::vector<TextEdit>& edits,
                                                  const FixTarget& target,
                                                  const ReadLimits& limits = ReadLimits());

}  // namespace chengbao
