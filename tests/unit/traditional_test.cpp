// Tests of the generated zh-Hant templates: Traditional only, and the same template as the zh-Hans.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include <opencc.h>

#include <gtest/gtest.h>

#include "report_template.hpp"
#include "shipped_templates.hpp"
#include "template_library.hpp"
#include "test_support.hpp"

namespace chengbao {
namespace {

namespace fs = std::filesystem;

using test::value_of;

// OpenCC's Simplified → Traditional conversion through its C API: the same tables the build uses.
class SimplifiedToTraditional {
 public:
  SimplifiedToTraditional() : handle_(opencc_open(OPENCC_DEFAULT_CONFIG_SIMP_TO_TRAD)) {}
  ~SimplifiedToTraditional() {
    if (ok()) opencc_close(handle_);
  }
  SimplifiedToTraditional(const SimplifiedToTraditional&) = delete;
  SimplifiedToTraditional& operator=(const SimplifiedToTraditional&) = delete;

  bool ok() const { return handle_ != reinterpret_cast<opencc_t>(-1); }

  std::string convert(const std::string& text) const {
    char* converted = opencc_convert_utf8(handle_, text.c_str(), text.size());
    if (converted == nullptr) return "<conversion failed>";
    std::string out = converted;
    opencc_convert_utf8_free(converted);
    return out;
  }

 private:
  opencc_t handle_;
};

const SimplifiedToTraditional& s2t() {
  static const SimplifiedToTraditional converter;
  return converter;
}

// The CJK ideographs of UTF-8 `text`, each as its own UTF-8 string.
std::vector<std::string> ideographs_of(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    unsigned int code = length == 1 ? byte : byte & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
      code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    const bool ideograph =
        (code >= 0x3400 && code <= 0x4DBF) || (code >= 0x4E00 && code <= 0x9FFF) ||
        (code >= 0xF900 && code <= 0xFAFF) || (code >= 0x20000 && code <= 0x3FFFF);
    if (ideograph) out.push_back(text.substr(i, length));
    i += length;
  }
  return out;
}

// The characters of `text` that OpenCC would still change: Simplified-only characters.
std::set<std::string> simplified_in(const std::string& text) {
  std::set<std::string> found;
  for (const std::string& c : ideographs_of(text)) {
    if (s2t().convert(c) != c) found.insert(c);
  }
  return found;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string hans_path(const std::string& id) {
  return test::staged_template_dir() + "/" + id + ".xml";
}
std::string hant_path(const std::string& id) {
  return test::staged_template_dir() + "/zh-Hant/" + id + ".xml";
}

void for_each_section(const std::vector<Section>& sections,
                      const std::function<void(const Section&)>& visit) {
  for (const Section& section : sections) {
    visit(section);
    for_each_section(section.children, visit);
  }
}

TEST(TraditionalTest, OpenccIsAvailableAndFindsSimplifiedCharacters) {
  ASSERT_TRUE(s2t().ok()) << opencc_error();
  EXPECT_EQ(s2t().convert("关于工作开展情况的报告"), "關於工作開展情況的報告");
  // The check below would catch a template that was copied instead of converted.
  EXPECT_EQ(simplified_in("【关于】報告 report"), (std::set<std::string>{"关", "于"}));
  EXPECT_TRUE(simplified_in("關於報告").empty());
}

TEST(TraditionalTest, EverySimplifiedTemplateHasAGeneratedTraditionalCopy) {
  for (const std::string& id : test::simplified_template_ids()) {
    EXPECT_TRUE(fs::is_regular_file(hant_path(id))) << hant_path(id);
  }
  // English is the same text in every script, so it gets no copy.
  EXPECT_FALSE(fs::exists(hant_path("status-report")));
  std::vector<std::string> generated;
  for (const auto& entry : fs::directory_iterator(test::staged_template_dir() + "/zh-Hant")) {
    generated.push_back(entry.path().stem().string());
  }
  std::sort(generated.begin(), generated.end());
  EXPECT_EQ(generated, test::simplified_template_ids());
}

TEST(TraditionalTest, TraditionalTemplatesHoldNoSimplifiedOnlyCharacter) {
  ASSERT_TRUE(s2t().ok());
  for (const std::string& id : test::simplified_template_ids()) {
    const std::string text = read(hant_path(id));
    ASSERT_FALSE(text.empty()) << hant_path(id);
    std::string found;
    for (const std::string& c : simplified_in(text)) found += c + " → " + s2t().convert(c) + "  ";
    EXPECT_TRUE(found.empty()) << hant_path(id) << " holds Simplified characters: " << found;
    EXPECT_GT(ideographs_of(text).size(), 500u) << id;
  }
}

TEST(TraditionalTest, TraditionalTemplatesAreTheConvertedSimplifiedOnes) {
  ASSERT_TRUE(s2t().ok());
  for (const std::string& id : test::simplified_template_ids()) {
    const ReportTemplate hans = value_of(load_template(hans_path(id)));
    const ReportTemplate hant = value_of(load_template(hant_path(id)));
    EXPECT_EQ(hant.id, id);
    EXPECT_EQ(hant.script, "zh-Hant");
    EXPECT_EQ(hant.name, s2t().convert(hans.name)) << id;
    EXPECT_NE(hant.name, hans.name) << id;
    EXPECT_EQ(hant.names.count("zh-Hans"), 0u) << id;
    EXPECT_EQ(hant.names.at("en"), hans.names.at("en")) << id;
    EXPECT_EQ(hant.description, s2t().convert(hans.description)) << id;
    EXPECT_EQ(hant.genre, hans.genre) << id;
    EXPECT_EQ(hant.layout.page.has_value(), hans.layout.page.has_value()) << id;
    EXPECT_EQ(hant.title, s2t().convert(hans.title)) << id;
    EXPECT_EQ(hant.default_topic, s2t().convert(hans.default_topic)) << id;
    EXPECT_EQ(hant.addressee, hans.addressee) << id;
    EXPECT_EQ(hant.opening.size(), hans.opening.size()) << id;
    EXPECT_EQ(hant.closing.size(), hans.closing.size()) << id;
    EXPECT_EQ(hant.attachment_note.size(), hans.attachment_note.size()) << id;
    EXPECT_EQ(hant.signature, hans.signature) << id;
    EXPECT_EQ(hant.date, hans.date) << id;
    ASSERT_EQ(hant.numbering.size(), hans.numbering.size()) << id;
    for (std::size_t i = 0; i < hans.numbering.size(); ++i) {
      EXPECT_EQ(hant.numbering[i].prefix, hans.numbering[i].prefix) << id;
      EXPECT_EQ(hant.numbering[i].suffix, hans.numbering[i].suffix) << id;
      EXPECT_EQ(hant.numbering[i].format, hans.numbering[i].format) << id;
    }
    EXPECT_EQ(hant.checker.labels, hans.checker.labels) << id;
    EXPECT_EQ(hant.checker.dates, hans.checker.dates) << id;
    EXPECT_EQ(hant.checker.rules.size(), hans.checker.rules.size()) << id;

    // The same sections, levels and boilerplate shape, and each text the conversion of the
    // Simplified one: the Traditional template cannot drift.
    std::vector<const Section*> hans_sections;
    std::vector<const Section*> hant_sections;
    for_each_section(hans.sections, [&](const Section& s) { hans_sections.push_back(&s); });
    for_each_section(hant.sections, [&](const Section& s) { hant_sections.push_back(&s); });
    ASSERT_EQ(hant_sections.size(), hans_sections.size()) << id;
    for (std::size_t i = 0; i < hans_sections.size(); ++i) {
      const Section& a = *hans_sections[i];
      const Section& b = *hant_sections[i];
      EXPECT_EQ(b.id, a.id) << id;
      EXPECT_EQ(b.level, a.level) << id << "/" << a.id;
      EXPECT_EQ(b.required, a.required) << id << "/" << a.id;
      EXPECT_EQ(b.children.size(), a.children.size()) << id << "/" << a.id;
      EXPECT_EQ(b.heading, s2t().convert(a.heading)) << id << "/" << a.id;
      EXPECT_EQ(b.aliases.size(), a.aliases.size()) << id << "/" << a.id;
      ASSERT_EQ(b.alternatives.size(), a.alternatives.size()) << id << "/" << a.id;
      for (std::size_t k = 0; k < a.alternatives.size(); ++k) {
        EXPECT_EQ(b.alternatives[k].id, a.alternatives[k].id) << id << "/" << a.id;
        ASSERT_EQ(b.alternatives[k].paragraphs.size(), a.alternatives[k].paragraphs.size())
            << id << "/" << a.id;
        for (std::size_t p = 0; p < a.alternatives[k].paragraphs.size(); ++p) {
          EXPECT_EQ(b.alternatives[k].paragraphs[p], s2t().convert(a.alternatives[k].paragraphs[p]))
              << id << "/" << a.id;
        }
      }
    }
  }
}

TEST(TraditionalTest, TraditionalWorkReportReadsAsTraditional) {
  // The headings are what a Traditional report holds, so the checker finds them there.
  const ReportTemplate hant = value_of(load_template(hant_path("work-report")));
  EXPECT_EQ(hant.name, "工作情況報告");
  EXPECT_EQ(hant.sections.at(0).heading, "基本情況");
  EXPECT_EQ(hant.sections.at(1).aliases.at(1), "問題與不足");
  EXPECT_EQ(hant.closing.at(0), "特此報告。");
}

}  // namespace
}  // namespace chengbao
