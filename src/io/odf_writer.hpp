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
  /// GB/T 9704-2012 page: A4, margins 37/35/28/26 mm, body 16 pt 仿宋 in a 28 × 22 grid,
  /// level-1 headings 黑体, level-2 楷体.
  bool gbt9704_page = false;
  /// A Traditional report: its text is tagged zh-TW or zh-HK and, on a GB/T 9704 page, set in
  /// Traditional Chinese fonts (標楷體, 微軟正黑體, Noto CJK TC) instead of the mainland ones.
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

}  // namespace chengbao
