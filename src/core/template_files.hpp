// Finding template files by id in folders, cheaply (only the root element is looked at).
#pragma once

#include <string>
#include <vector>

namespace chengbao {

/// The id on the root element of the template file at `path`, without checking the rest; empty
/// when the file is not a well-formed template. For finding a template by id cheaply.
std::string template_id_of(const std::string& path);

/// The files of template `id` in `dirs`, in the order they are preferred: per folder <id>.xml
/// first, then any *.xml file whose root carries the id (file names need not match ids).
std::vector<std::string> find_template_files(const std::string& id,
                                             const std::vector<std::string>& dirs);

/// The same file whatever path led to it; the path itself when it cannot be resolved.
std::string file_identity(const std::string& path);

}  // namespace chengbao
