// Why a document could not be read, said where the reader finds it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "load_error.hpp"

namespace chengbao {

/// A reader's refusal: the reason in English (what logs and `--lang en` show), and its kind and
/// arguments, so that the edge can say it in the user's language (see LoadProblem). Every reader
/// gives the kind where the problem arises; nothing downstream reads the English to find it.
struct ReadError {
  std::string message;
  LoadProblem problem = LoadProblem::Other;
  std::vector<std::string> args;

  /// The refusal as the LoadError of `file` (it concerns the whole file: line 0).
  LoadError at(const std::string& file) const { return LoadError{file, 0, message, problem, args}; }
};

}  // namespace chengbao
