// Fuzzes the template loader on template XML; parents (extends) are found among the shipped
// templates, as for an office's house template.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "report_template.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chengbao;
  TemplateLoadOptions options;
  options.parent_dirs.push_back(fuzz::template_dir());
  const std::string xml(reinterpret_cast<const char*>(data), size);
  auto result = parse_template(xml, "fuzz.xml", options);
  if (const auto* loaded = std::get_if<ReportTemplate>(&result)) {
    // What the wizard, the skeleton and the rules do with a loaded template.
    for (const std::string language : {"zh-CN", "zh-TW", "en"}) (void)name_for(*loaded, language);
  }
  return 0;
}
