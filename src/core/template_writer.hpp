// Writing a template as format v1 XML (templates/README.md), whole or as what differs from the
// template it extends.
#pragma once

#include <string>

#include "report_template.hpp"

namespace chengbao {

/// `tmpl` as the text of a template file that load_template reads back as `tmpl`. With `base`
/// (the template `tmpl` extends), only what differs from it is written: names, parts and checker
/// settings that changed, and the sections as replace, remove and add-after changes. `comment`,
/// when not empty, is written as an XML comment before the root element. Limits of the format:
/// a layout is written only as `<layout standard="gbt9704"/>` (and not at all over a base), and a
/// part the base has but `tmpl` lacks (an addressee, an opening) cannot be taken away by a child,
/// and sections in another order than the base's are re-added (see write_section_patches).
std::string template_xml(const ReportTemplate& tmpl, const ReportTemplate* base,
                         const std::string& comment);

}  // namespace chengbao
