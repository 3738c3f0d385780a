// Finding templates by id among the template folders (the .oxt's, the repository's, an office's).
#include "template_library.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <tuple>

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
    return LoadError{url,
                     0,
                     "only local file URLs (file:///…) can be used",
                     LoadProblem::NotLocalUrl,
                     {"file:///…"}};
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

// The templates of one folder (no sub-folders), sorted by id; `errors` as in list_templates.
std::vector<TemplateInfo> list_folder(const std::string& dir, const TemplateLoadOptions& options,
                                      std::vector<LoadError>* errors) {
  std::vector<std::string> paths;
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    if (is_xml_file(*it)) paths.push_back(it->path().string());
  }
  if (error) {
    if (errors) {
      errors->push_back(LoadError{
          dir, 0, "cannot open: " + error.message(), LoadProblem::CannotOpen, {error.message()}});
    }
    return {};
  }
  // Directory order is arbitrary; sorting makes "which duplicate wins" the same everywhere.
  std::sort(paths.begin(), paths.end());

  std::vector<TemplateInfo> templates;
  std::map<std::string, std::string> path_of_id;
  for (const std::string& path : paths) {
    auto loaded = load_template(path, options);
    if (const auto* failure = std::get_if<LoadError>(&loaded)) {
      if (errors) errors->push_back(*failure);
      continue;
    }
    const ReportTemplate& tmpl = std::get<ReportTemplate>(loaded);
    const auto [it, inserted] = path_of_id.emplace(tmpl.id, path);
    if (!inserted) {
      if (errors) {
        errors->push_back(LoadError{path,
                                    0,
                                    "template id '" + tmpl.id + "' is already used by " +
                                        it->second + "; this file is ignored",
                                    LoadProblem::DuplicateTemplateId,
                                    {tmpl.id, it->second}});
      }
      continue;
    }
    templates.push_back(TemplateInfo{tmpl.id, tmpl.name, path, tmpl.script});
  }
  std::sort(templates.begin(), templates.end(),
            [](const TemplateInfo& a, const TemplateInfo& b) { return a.id < b.id; });
  return templates;
}

// The path of template `id` in `dir` alone, from <id>.xml or else by the ids inside the files
// (only the root is read: a template whose parent lies elsewhere is still found). `known` gets
// the ids seen, for the error message.
std::optional<std::string> find_in_folder(const std::string& id, const std::string& dir,
                                          std::vector<std::string>* known) {
  std::error_code ignored;
  if (xml::is_identifier(id, "-")) {
    const fs::path by_name = fs::path(dir) / (id + ".xml");
    if (fs::is_regular_file(by_name, ignored)) return by_name.string();
  }
  std::vector<std::string> paths;
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    if (is_xml_file(*it)) paths.push_back(it->path().string());
  }
  // The file name need not match the id inside it; the first file in name order wins, as in
  // list_templates.
  std::sort(paths.begin(), paths.end());
  std::optional<std::string> found;
  std::set<std::string> ids;
  for (const std::string& path : paths) {
    const std::string file_id = template_id_of(path);
    if (file_id.empty()) continue;
    ids.insert(file_id);
    if (file_id == id && !found) found = path;
  }
  if (known) known->assign(ids.begin(), ids.end());
  return found;
}

LoadError unknown_template(const std::string& id, const std::string& dir,
                           const std::vector<std::string>& known) {
  std::string list;
  for (const std::string& other : known) list += (list.empty() ? "" : ", ") + other;
  return LoadError{dir,
                   0,
                   "unknown template '" + id + "' (" +
                       (list.empty() ? "there are no templates here" : "known: " + list) + ")",
                   LoadProblem::UnknownTemplate,
                   {id, list}};
}

}  // namespace

std::vector<TemplateInfo> list_templates(const std::string& dir, std::vector<LoadError>* errors) {
  return list_templates(dir, TemplateLoadOptions{}, errors);
}

std::vector<TemplateInfo> list_templates(const std::string& dir, const TemplateLoadOptions& options,
                                         std::vector<LoadError>* errors) {
  std::vector<TemplateInfo> templates = list_folder(dir, options, errors);
  const fs::path traditional = fs::path(dir) / kTraditionalFolder;
  std::error_code ignored;
  if (fs::is_directory(traditional, ignored)) {
    for (TemplateInfo& info : list_folder(traditional.string(), options, errors)) {
      // A file here is served as the Traditional version; anything else would be picked for the
      // wrong script.
      if (info.script != kTraditionalFolder) {
        if (errors) {
          errors->push_back(LoadError{info.path,
                                      0,
                                      "template '" + info.id + "' is written in " + info.script +
                                          " but lies in the zh-Hant folder; this file is ignored",
                                      LoadProblem::WrongScriptFolder,
                                      {info.id, info.script, kTraditionalFolder}});
        }
        continue;
      }
      templates.push_back(std::move(info));
    }
  }
  std::stable_sort(templates.begin(), templates.end(),
                   [](const TemplateInfo& a, const TemplateInfo& b) {
                     return std::tie(a.id, a.script) < std::tie(b.id, b.script);
                   });
  return templates;
}

std::variant<std::string, LoadError> resolve_template(const std::string& id_or_path,
                                                      const std::string& dir) {
  if (id_or_path.rfind(kFileScheme, 0) == 0) return path_from_url(id_or_path);
  const bool ends_in_xml =
      id_or_path.size() >= 4 && id_or_path.compare(id_or_path.size() - 4, 4, ".xml") == 0;
  if (id_or_path.find('/') != std::string::npos || ends_in_xml) return id_or_path;

  std::vector<std::string> known;
  if (auto path = find_in_folder(id_or_path, dir, &known)) return *path;
  return unknown_template(id_or_path, dir, known);
}

std::variant<std::string, LoadError> resolve_template(const std::string& id_or_path,
                                                      const std::string& dir,
                                                      const std::string& script) {
  if (script.empty() || script == "zh-Hans") return resolve_template(id_or_path, dir);
  if (script != kTraditionalFolder) {
    return LoadError{dir,
                     0,
                     "unknown script '" + script + "' (use zh-Hans or zh-Hant)",
                     LoadProblem::UnknownScript,
                     {script}};
  }
  auto base = resolve_template(id_or_path, dir);
  const bool is_path =
      id_or_path.rfind(kFileScheme, 0) == 0 || id_or_path.find('/') != std::string::npos ||
      (id_or_path.size() >= 4 && id_or_path.compare(id_or_path.size() - 4, 4, ".xml") == 0);
  if (is_path) return base;

  const std::string traditional = (fs::path(dir) / kTraditionalFolder).string();
  std::error_code ignored;
  if (fs::is_directory(traditional, ignored)) {
    if (auto path = find_in_folder(id_or_path, traditional, nullptr)) return *path;
  }
  if (std::holds_alternative<LoadError>(base)) return base;
  const std::string& path = std::get<std::string>(base);
  // Only the script is needed: a template whose parent lies elsewhere (or that is broken, which
  // loading it later reports) is judged by its root alone.
  std::string written_in = "zh-Hans";
  auto loaded = load_template(path);
  if (const auto* tmpl = std::get_if<ReportTemplate>(&loaded)) {
    written_in = tmpl->script;
  } else {
    xml::Document doc;
    doc.name = path;
    if (!xml::read_file(path, doc.text) && !xml::parse(doc)) {
      const pugi::xml_attribute script = doc.doc.document_element().attribute("script");
      if (script) written_in = script.value();
    }
  }
  // English (and a hand-made Traditional template in the main folder) serve zh-Hant users as
  // they are; a Simplified template must not be passed off as Traditional.
  if (written_in != "zh-Hans") return path;
  return LoadError{traditional,
                   0,
                   "template '" + id_or_path + "' has no zh-Hant version (" + path +
                       " is zh-Hans; the zh-Hant folder is made at build time by the "
                       "templates_staged target)",
                   LoadProblem::NoTraditionalVersion,
                   {id_or_path, path, "zh-Hans", kTraditionalFolder, "templates_staged"}};
}

}  // namespace chengbao

namespace chengbao {

std::variant<ReportTemplate, LoadError> find_template(const std::string& id_or_path,
                                                      const std::string& dir,
                                                      const std::string& script) {
  auto path = resolve_template(id_or_path, dir, script);
  if (auto* error = std::get_if<LoadError>(&path)) return *error;
  TemplateLoadOptions options;
  options.parent_dirs.push_back(dir);
  return load_template(std::get<std::string>(path), options);
}

}  // namespace chengbao
