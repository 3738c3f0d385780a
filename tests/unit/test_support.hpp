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

/// `text` with the first `from` replaced by `to`; the test fails when there is none.
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

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

/// The first lines of a test template, numbered as tests count them: the XML declaration (1), the
/// root (2), its name (3), two numbering levels (4–7) and the title (8).
inline std::string template_head(const std::string& id = "t", const std::string& name = "测试") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<template format=\"1\" id=\"" +
         id +
         "\">\n"
         "  <name>" +
         name +
         "</name>\n"
         "  <numbering>\n"
         "    <level n=\"1\" format=\"chinese\" suffix=\"、\"/>\n"
         "    <level n=\"2\" format=\"chinese\" prefix=\"（\" suffix=\"）\"/>\n"
         "  </numbering>\n"
         "  <title>关于{{topic}}的报告</title>\n";
}

/// A valid test template whose line 9 onwards is `body`, then the signature and the date.
inline std::string template_with(const std::string& body) {
  return template_head() + body +
         "  <signature>{{org_name}}</signature>\n"
         "  <date>{{date}}</date>\n"
         "</template>\n";
}

}  // namespace chengbao::test
