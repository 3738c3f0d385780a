// The skeleton of a report: the paragraphs a template and a profile make, ready to write.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "date_format.hpp"
#include "profile.hpp"
#include "report_template.hpp"

namespace chengbao {

/// What a skeleton paragraph is; writers map each role to a paragraph style.
enum class Role { Title, Addressee, Body, Heading, Closing, Signature, Date };

struct SkeletonParagraph {
  Role role = Role::Body;
  int level = 0;     ///< heading level 1..4 for headings, 0 otherwise
  std::string text;  ///< filled text; headings without their label (numbering supplies it)
};

struct Skeleton {
  std::vector<SkeletonParagraph> paragraphs;
};

struct SkeletonOptions {
  Date date;          ///< the report date (usually today)
  std::string topic;  ///< title topic; the template's default_topic when empty
};

/// Replaces every {{name}} in `text` with values.at(name); unknown names stay as they are.
std::string fill_fields(const std::string& text, const std::map<std::string, std::string>& values);

/// Builds the skeleton of `tmpl` with the profile's values and the date filled in.
Skeleton build_skeleton(const ReportTemplate& tmpl, const Profile& profile,
                        const SkeletonOptions& options);

}  // namespace chengbao
