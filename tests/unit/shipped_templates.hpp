// The templates that ship with Chengbao, and where the build stages them with their zh-Hant copies.
#pragma once

#include <string>
#include <vector>

namespace chengbao::test {

/// The ids of the shipped templates, sorted.
inline const std::vector<std::string>& shipped_template_ids() {
  static const std::vector<std::string> kIds = {"annual-summary",         "request",
                                                "self-inspection-report", "special-work-report",
                                                "status-report",          "work-report"};
  return kIds;
}

/// The shipped templates written in Simplified Chinese: each has a generated zh-Hant copy.
inline const std::vector<std::string>& simplified_template_ids() {
  static const std::vector<std::string> kIds = {
      "annual-summary", "request", "self-inspection-report", "special-work-report", "work-report"};
  return kIds;
}

/// ${CMAKE_BINARY_DIR}/templates, made by the templates_staged target.
inline std::string staged_template_dir() { return CHENGBAO_STAGED_TEMPLATE_DIR; }

}  // namespace chengbao::test
