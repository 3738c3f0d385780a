// Finding template files by id in folders.
#include "template_files.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "xml_util.hpp"

namespace chengbao {

namespace fs = std::filesystem;

std::string template_id_of(const std::string& path) {
  xml::Document doc;
  doc.name = path;
  if (xml::read_file(path, doc.text) || xml::parse(doc)) return {};
  const pugi::xml_node root = doc.doc.document_element();
  if (std::string(root.name()) != "template") return {};
  return root.attribute("id").value();
}

std::vector<std::string> find_template_files(const std::string& id,
                                             const std::vector<std::string>& dirs) {
  std::vector<std::string> found;
  for (const std::string& dir : dirs) {
    std::error_code ignored;
    const fs::path by_name = fs::path(dir) / (id + ".xml");
    if (fs::is_regular_file(by_name, ignored) && template_id_of(by_name.string()) == id) {
      found.push_back(by_name.string());
    }
    std::vector<std::string> paths;
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
      if (it->is_regular_file(ignored) && it->path().extension() == ".xml" &&
          it->path() != by_name) {
        paths.push_back(it->path().string());
      }
    }
    std::sort(paths.begin(), paths.end());
    for (const std::string& path : paths) {
      if (template_id_of(path) == id) found.push_back(path);
    }
  }
  return found;
}

std::string file_identity(const std::string& path) {
  std::error_code error;
  const fs::path canonical = fs::canonical(path, error);
  return error ? path : canonical.string();
}

}  // namespace chengbao
