// Finding templates by id among the template folders (the .oxt's, the repository's, an office's).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "load_error.hpp"
#include "report_template.hpp"

namespace chengbao {

struct TemplateInfo {
  std::string id;
  std::string name;  ///< in the template's own script
  std::string path;
  std::string script;  ///< zh-Hans, zh-Hant or en
};

/// The folder under a template folder that holds the Traditional versions (<dir>/zh-Hant/<id>.xml),
/// generated at build time from the Simplified ones.
constexpr const char kTraditionalFolder[] = "zh-Hant";

/// The templates that load: *.xml directly in `dir` and in `dir`/zh-Hant (other sub-folders such
/// as profiles/ and schema/ are not looked at). Broken ones are skipped and reported in `errors`
/// when it is given. Sorted by id, then script.
std::vector<TemplateInfo> list_templates(const std::string& dir,
                                         std::vector<LoadError>* errors = nullptr);
/// Same, loading templates that extend another with `options` (e.g. an office folder whose house
/// templates build on the built-in ones).
std::vector<TemplateInfo> list_templates(const std::string& dir, const TemplateLoadOptions& options,
                                         std::vector<LoadError>* errors = nullptr);

/// `id_or_path` is a path when it contains '/' or ends in ".xml", or a file:// URL (decoded);
/// otherwise the id of a template file `<dir>/<id>.xml`. Returns the path or a LoadError
/// ("unknown template 'x'", listing the ids that exist).
std::variant<std::string, LoadError> resolve_template(const std::string& id_or_path,
                                                      const std::string& dir);

/// Same, for a script: "zh-Hans" (or empty) as above; "zh-Hant" looks in `<dir>/zh-Hant` and
/// falls back to the template in `dir` only when that one is not in Chinese (an English template
/// serves every script). A Chinese template without a Traditional version is an error that says
/// so. A path or URL is returned as it is, whatever the script.
std::variant<std::string, LoadError> resolve_template(const std::string& id_or_path,
                                                      const std::string& dir,
                                                      const std::string& script);

}  // namespace chengbao

namespace chengbao {

/// Resolves `id_or_path` for `script` in `dir` (see resolve_template) and loads it, looking for
/// the parents of a template that extends another in its own folder and then in `dir`.
std::variant<ReportTemplate, LoadError> find_template(const std::string& id_or_path,
                                                      const std::string& dir,
                                                      const std::string& script = "");

}  // namespace chengbao
