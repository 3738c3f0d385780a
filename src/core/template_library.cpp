// Finding templates by id among the template folders (the .oxt's, the repository's, an office's).
#include "template_library.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

#include "report_template.hpp"
#include "xml_util.hpp"

namespace chengbao {

namespace fs = std::filesystem;

namespace {

constexpr const char kFileScheme[] = "file://";

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// file:///a/b%20c.xml → /a/b c.xml; the office hands us URLs, the file system wants paths.
std::variant<std::string, LoadError> path_from_url(const std::string& url) {
  std::string rest = url.substr(sizeof(kFileScheme) - 1);
  if (rest.rfind("localhost/", 0) == 0) rest.erase(0, sizeof("localhost") - 1);
  if (rest.empty() || rest[0] != '/') {
    return LoadError{url, 0, "only local file URLs (file:///…) can be used"};
  }
  std::string path;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() && hex_value(rest[i + 1]) >= 0 &&
        hex_value(rest[i + 2]) >= 0) {
      path += static_cast<char>(hex_value(rest[i + 1]) * 16 + hex_value(rest[i + 2]));
      i += 2;
    } else {
      path += rest[i];
    }
  }
  return path;
}

bool is_xml_file(const fs::directory_entry& entry) {
  std::error_code ignored;
  return entry.is_regular_file(ignored) && entry.path().extension() == ".xml";
}

}  // namespace

std::vector<TemplateInfo> list_templates(const std::string& dir, std::vector<LoadError>* errors) {
  std::vector<std::string> paths;
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    if (is_xml_file(*it)) paths.push_back(it->path().string());
  }
  if (error) {
    if (errors) errors->push_back(LoadError{dir, 0, "cannot open: " + error.message()});
    return {};
  }
  // Directory order is arbitrary; sorting makes "which duplicate wins" the same everywhere.
  std::sort(paths.begin(), paths.end());

  std::vector<TemplateInfo> templates;
  std::map<std::string, std::string> path_of_id;
  for (const std::string& path : paths) {
    auto loaded = load_template(path);
    if (const auto* failure = std::get_if<LoadError>(&loaded)) {
      if (errors) errors->push_back(*failure);
      continue;
    }
    const ReportTemplate& tmpl = std::get<ReportTemplate>(loaded);
    const auto [it, inserted] = path_of_id.emplace(tmpl.id, path);
    if (!inserted) {
      if (errors) {
        errors->push_back(LoadError{path, 0,
                                    "template id '" + tmpl.id + "' is already used by " +
                                        it->second + "; this file is ignored"});
      }
      continue;
    }
    templates.push_back(TemplateInfo{tmpl.id, tmpl.name, path});
  }
  std::sort(templates.begin(), templates.end(),
            [](const TemplateInfo& a, const TemplateInfo& b) { return a.id < b.id; });
  return templates;
}

std::variant<std::string, LoadError> resolve_template(const std::string& id_or_path,
                                                      const std::string& dir) {
  if (id_or_path.rfind(kFileScheme, 0) == 0) return path_from_url(id_or_path);
  const bool ends_in_xml =
      id_or_path.size() >= 4 && id_or_path.compare(id_or_path.size() - 4, 4, ".xml") == 0;
  if (id_or_path.find('/') != std::string::npos || ends_in_xml) return id_or_path;

  if (xml::is_identifier(id_or_path, "-")) {
    const fs::path by_name = fs::path(dir) / (id_or_path + ".xml");
    std::error_code ignored;
    if (fs::is_regular_file(by_name, ignored)) return by_name.string();
  }
  // The file name need not match the id inside it, so look at what the folder really holds.
  const std::vector<TemplateInfo> templates = list_templates(dir);
  for (const TemplateInfo& info : templates) {
    if (info.id == id_or_path) return info.path;
  }
  std::string known;
  for (const TemplateInfo& info : templates) known += (known.empty() ? "" : ", ") + info.id;
  return LoadError{dir, 0,
                   "unknown template '" + id_or_path + "' (" +
                       (known.empty() ? "there are no templates here" : "known: " + known) + ")"};
}

}  // namespace chengbao
