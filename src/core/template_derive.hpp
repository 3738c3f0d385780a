// Deriving a house template from a model report: its headings become sections, its text the
// boilerplate, the organisation's names {{field}} references and its dates and figures 【…】 spots.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "document.hpp"
#include "load_error.hpp"
#include "profile.hpp"
#include "report_template.hpp"

namespace chengbao {

/// Whether `id` may be a template's id: [a-z0-9-]+.
bool valid_template_id(const std::string& id);

/// What derive_template makes of a model report.
struct DeriveOptions {
  /// The new template's id, [a-z0-9-]+; empty: "house-" followed by the base's id, else
  /// "house-report".
  std::string id;
  /// Ids that must not be given to the new template or its sections (the templates of the folder
  /// it goes into); the id given in `id` is used as it is.
  std::vector<std::string> taken_ids;
  /// The display name; empty: the base's names, else the model's title.
  std::string name;
  /// Whose names (full and short name, superior body, department, signatory, contact, address,
  /// 版头 and 版记 values, custom fields) become {{field}} references in the model's text.
  std::optional<Profile> profile;
  /// The template the result extends: its sections are matched by heading (and alias) and level
  /// and keep their ids, aliases and, where the model has no text of its own, their boilerplate.
  std::optional<ReportTemplate> base;
  /// Whether each of the model's headings, in outline order, is a required section; headings
  /// past the end of the list are required.
  std::vector<bool> required;
};

/// The template `model` shows: its title, addressee, opening, headings (levels and order, as
/// `chengbao outline` sees them) with the paragraphs under each as boilerplate, closing,
/// attachment note, signature, date and 附注, and the numbering of its heading labels. The result
/// is complete (as load_template gives a template that extends another: `extends` set and
/// everything inherited filled in). A model without headings, or with a heading deeper than four
/// levels, gives a LoadError naming the model's file.
std::variant<ReportTemplate, LoadError> derive_template(const Document& model,
                                                        const DeriveOptions& options);

/// `text` with the profile's names as {{field}} references, dates as 【年月日】 (or 【年月】, a
/// year as {{year}} when it is `year`, else 【年份】), amounts as 【金额】, percentages as
/// 【百分比】 and other figures as 【数值】. A `year` of 0 turns every year into 【年份】.
std::string generalise_text(const std::string& text, const Profile* profile, int year);

}  // namespace chengbao
