// Paths to the shipped templates and the test data, and unwrapping of load results in tests.
#pragma once

#include <string>
#include <variant>

#include <gtest/gtest.h>

#include "load_error.hpp"

namespace chengbao::test {

/// A file in tests/unit/data.
inline std::string data_file(const std::string& name) {
  return std::string(CHENGBAO_TEST_DATA_DIR) + "/" + name;
}

/// The repository's templates/ folder (what the .oxt ships).
inline std::string template_dir() { return CHENGBAO_TEMPLATE_DIR; }

/// The LoadError of a result that must have failed; a test failure when it loaded.
template <typename T>
LoadError error_of(const std::variant<T, LoadError>& result) {
  if (const auto* error = std::get_if<LoadError>(&result)) return *error;
  ADD_FAILURE() << "expected a LoadError, but the input loaded";
  return {};
}

/// The value of a result that must have loaded; a test failure naming the error otherwise.
template <typename T>
T value_of(const std::variant<T, LoadError>& result) {
  if (const auto* error = std::get_if<LoadError>(&result)) {
    ADD_FAILURE() << "unexpected LoadError: " << error->to_string();
    return {};
  }
  return std::get<T>(result);
}

}  // namespace chengbao::test
