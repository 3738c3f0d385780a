// Writes a report skeleton as an OpenDocument text (.fodt flat XML or .odt zip) without an office.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "load_error.hpp"
#include "report_template.hpp"
#include "script_convert.hpp"
#include "skeleton.hpp"

namespace chengbao {

struct OdfWriteOptions {
  /// A Traditional report: its text is tagged zh-TW or zh-HK and, in a GB/T 9704 layout, set in
  /// Traditional Chinese fonts (標楷體, 微軟正黑體) instead of the mainland ones. The look itself
  /// is the template's <layout>.
  std::optional<Region> traditional_region;
  /// Document properties (meta:user-defined) that the organisation fields in the text show.
  std::map<std::string, std::string> properties;
};

/// The whole report as flat ODF XML (.fodt).
std::string report_fodt(const Skeleton& skeleton, const ReportTemplate& report_template,
                        const OdfWriteOptions& options);

/// Writes `path` as .fodt or .odt, chosen by its extension; an error names the file and reason.
std::optional<LoadError> write_report(const std::string& path, const Skeleton& skeleton,
                                      const ReportTemplate& report_template,
                                      const OdfWriteOptions& options);

/// Writes `text` to `path` through a file beside it, renamed over it: a failed write never leaves
/// half a file behind, and the file that was there stays as it was.
std::optional<LoadError> write_file_atomically(const std::string& path, const std::string& text);

}  // namespace chengbao
