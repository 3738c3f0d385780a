// `chengbao template derive`: reads a model report, derives a house template from it (core) and
// writes it as format v1 XML, after making sure it loads.
#include "template_command.hpp"

#include <iostream>
#include <optional>
#include <variant>

#include "arguments.hpp"
#include "document_reader.hpp"
#include "document_record.hpp"
#include "file_check.hpp"
#include "odf_writer.hpp"
#include "profile.hpp"
#include "report_template.hpp"
#include "template_derive.hpp"
#include "template_library.hpp"
#include "template_writer.hpp"
#include "usage_text.hpp"

namespace chengbao::cli {
namespace {

int failed(const LoadError& error) {
  std::cerr << describe(error, message_language()) << '\n';
  return kExitInvalid;
}

int count_sections(const std::vector<Section>& sections) {
  int count = 0;
  for (const Section& section : sections) count += 1 + count_sections(section.children);
  return count;
}

int run_derive(const std::vector<std::string>& args) {
  Arguments parsed;
  if (auto error = parse_arguments(
          args, {"--profile", "--extends", "--id", "--name", "--dir", "--lang", "--output"},
          parsed))
    return usage(*error);
  if (parsed.positional.size() != 1) return usage(say(UsageText::DeriveNeedsModel));
  const auto& options = parsed.options;
  if (!options.count("--output")) return usage(say(UsageText::DeriveNeedsOutput));
  const std::string output = options.at("--output");
  DeriveOptions derive;
  if (auto it = options.find("--id"); it != options.end()) {
    if (!valid_template_id(it->second)) return usage(say(UsageText::DeriveBadId, {it->second}));
    derive.id = it->second;
  }
  if (auto it = options.find("--name"); it != options.end()) derive.name = it->second;

  const std::string dir = template_dir(options);
  if (auto it = options.find("--profile"); it != options.end()) {
    auto profile = load_profile(it->second);
    if (const auto* error = std::get_if<LoadError>(&profile)) return failed(*error);
    derive.profile = std::get<Profile>(std::move(profile));
  }
  ReadLimits limits;
  limits.read_look = false;
  const auto model = read_document(parsed.positional[0], limits);
  if (const auto* error = std::get_if<LoadError>(&model)) return failed(*error);
  if (auto it = options.find("--extends"); it != options.end()) {
    // The base as the written template will find it: by id, in its folder and then in DIR.
    auto base = find_template(it->second, dir);
    if (const auto* error = std::get_if<LoadError>(&base)) return failed(*error);
    derive.base = std::get<ReportTemplate>(std::move(base));
    const std::string script = document_script(std::get<Document>(model));
    if (!script.empty() && script != derive.base->script && derive.base->script != "en") {
      std::cerr << say(UsageText::DeriveScriptNotice,
                       {derive.base->id, derive.base->script, script})
                << '\n';
    }
  }
  for (const TemplateInfo& info : list_templates(dir)) derive.taken_ids.push_back(info.id);
  const auto derived = derive_template(std::get<Document>(model), derive);
  if (const auto* error = std::get_if<LoadError>(&derived)) return failed(*error);
  const ReportTemplate& tmpl = std::get<ReportTemplate>(derived);

  const std::string xml =
      template_xml(tmpl, derive.base ? &*derive.base : nullptr,
                   "Derived by chengbao template derive from " + parsed.positional[0]);
  // What is written must load: the loader is strict, and a house template that does not load
  // would only fail later, in someone else's hands.
  TemplateLoadOptions load_options;
  load_options.parent_dirs = {dir};
  const auto reread = parse_template(xml, output, load_options);
  if (const auto* error = std::get_if<LoadError>(&reread)) {
    std::cerr << "chengbao: "
              << say(UsageText::DeriveBadXml, {describe(*error, message_language())}) << '\n';
    return kExitInvalid;
  }
  // Beside, then renamed over: a failed write leaves the house template that was there.
  if (auto error = write_file_atomically(output, xml)) return failed(*error);
  const std::string extends =
      derive.base ? say(UsageText::DeriveExtends, {derive.base->id}) : std::string();
  std::cout << say(UsageText::DeriveWritten,
                   {output, tmpl.id, std::to_string(count_sections(tmpl.sections)), extends})
            << '\n';
  return kExitClean;
}

}  // namespace

int run_template(const std::vector<std::string>& args) {
  if (args.empty() || args[0] != "derive") return usage(say(UsageText::TemplateUsage));
  return run_derive(std::vector<std::string>(args.begin() + 1, args.end()));
}

}  // namespace chengbao::cli
