// An expected failure when reading a file: which file, where, and what a person should fix.
#pragma once

#include <string>

namespace chengbao {

/// Describes why a file could not be used. `line` is 1-based; 0 means "the whole file".
struct LoadError {
  std::string file;
  int line = 0;
  std::string message;

  /// "file:line: message" (or "file: message" when the line is unknown).
  std::string to_string() const;
};

}  // namespace chengbao
