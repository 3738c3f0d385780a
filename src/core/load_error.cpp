// An expected failure when reading a file: which file, where, and what a person should fix.
#include "load_error.hpp"

namespace chengbao {

std::string LoadError::to_string() const {
  if (line > 0) return file + ":" + std::to_string(line) + ": " + message;
  return file + ": " + message;
}

}  // namespace chengbao
