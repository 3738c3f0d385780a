// Finding templates by id among the template folders (the .oxt's, the repository's, an office's).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "load_error.hpp"

namespace chengbao {

struct TemplateInfo {
  std::string id;
  std::string name;
  std::string path;
};

/// The templates (*.xml directly in `dir`, profiles/ excluded) that load; broken ones are skipped
/// and reported in `errors` when it is given. Sorted by id.
std::vector<TemplateInfo> list_templates(const std::string& dir,
                                         std::vector<LoadError>* errors = nullptr);

/// `id_or_path` is a path when it contains '/' or ends in ".xml", or a file:// URL (decoded);
/// otherwise the id of a template file `<dir>/<id>.xml`. Returns the path or a LoadError
/// ("unknown template 'x'", listing the ids that exist).
std::variant<std::string, LoadError> resolve_template(const std::string& id_or_path,
                                                      const std::string& dir);

}  // namespace chengbao
