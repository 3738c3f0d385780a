// Tests of pack.xml parsing and pack version numbers (pure, no files).
#include "pack_manifest.hpp"

#include <gtest/gtest.h>

#include <string>

#include "test_support.hpp"

namespace chengbao {
namespace {

using test::replaced;

PackVersion version(const char* text) {
  const auto parsed = parse_pack_version(text);
  EXPECT_TRUE(parsed) << text;
  return parsed.value_or(PackVersion{});
}

const std::string kManifest = R"(<?xml version="1.0" encoding="UTF-8"?>
<pack format="1" id="dhbank-binjiang" version="1.2.0">
  <name>东湖银行滨江支行报告模板包</name>
  <name xml:lang="zh-TW">東湖銀行濱江支行報告範本包</name>
  <name xml:lang="en">Donghu Bank pack</name>
  <publisher>办公室</publisher>
  <profile path="profile.xml"/>
  <template path="house/a.xml"/>
</pack>
)";

LoadError error_of(const std::string& xml) {
  const auto parsed = parse_pack_manifest(xml, "pack.xml");
  if (const auto* error = std::get_if<LoadError>(&parsed)) return *error;
  ADD_FAILURE() << "parsed, expected an error";
  return {};
}

TEST(PackVersionTest, DottedNumbersAreVersions) {
  EXPECT_EQ(version("1").parts, (std::vector<unsigned long>{1}));
  EXPECT_EQ(version("2026.12.05").parts, (std::vector<unsigned long>{2026, 12, 5}));
  EXPECT_EQ(version("1.2.3.4").text, "1.2.3.4");
  for (const char* bad :
       {"", "1.", ".1", "1..2", "v1", "1.2-beta", " 1", "1.2.3.4.5", "-1", "1234567890", "1,2"}) {
    EXPECT_FALSE(parse_pack_version(bad)) << bad;
  }
}

TEST(PackVersionTest, VersionsCompareAsNumbersPartByPart) {
  EXPECT_LT(compare_pack_versions(version("1.9"), version("1.10")), 0);
  EXPECT_GT(compare_pack_versions(version("2"), version("1.99.99")), 0);
  EXPECT_EQ(compare_pack_versions(version("1.2"), version("1.2.0")), 0);
  EXPECT_LT(compare_pack_versions(version("1.2"), version("1.2.0.1")), 0);
}

TEST(PackManifestTest, ReadsIdVersionNamesPublisherAndEntries) {
  const auto parsed = parse_pack_manifest(kManifest, "pack.xml");
  ASSERT_TRUE(std::holds_alternative<PackManifest>(parsed))
      << std::get<LoadError>(parsed).to_string();
  const PackManifest& pack = std::get<PackManifest>(parsed);
  EXPECT_EQ(pack.id, "dhbank-binjiang");
  EXPECT_EQ(pack.version.text, "1.2.0");
  EXPECT_EQ(pack.publisher, "办公室");
  EXPECT_EQ(pack_name(pack, Language::ZhCN), "东湖银行滨江支行报告模板包");
  EXPECT_EQ(pack_name(pack, Language::ZhTW), "東湖銀行濱江支行報告範本包");
  EXPECT_EQ(pack_name(pack, Language::En), "Donghu Bank pack");
  ASSERT_EQ(pack.entries.size(), 2u);
  EXPECT_EQ(pack.entries[0].kind, PackEntryKind::Profile);
  EXPECT_EQ(pack.entries[1].path, "house/a.xml");
  EXPECT_EQ(pack.entries[1].line, 8);
}

TEST(PackManifestTest, ErrorsNameTheLineAndKind) {
  struct Case {
    std::string from, to;
    LoadProblem problem;
    int line;
  };
  const Case cases[] = {
      {"version=\"1.2.0\"", "version=\"1.2-rc\"", LoadProblem::PackBadVersion, 2},
      {"id=\"dhbank-binjiang\"", "id=\"Dh Bank\"", LoadProblem::BadId, 2},
      {"house/a.xml", "../a.xml", LoadProblem::PackUnsafePath, 8},
      {"house/a.xml", "/etc/a.xml", LoadProblem::PackUnsafePath, 8},
      {"house/a.xml", "house\\a.xml", LoadProblem::PackUnsafePath, 8},
      {"house/a.xml", "house/a.py", LoadProblem::PackNotXml, 8},
      {"house/a.xml", "profile.xml", LoadProblem::PackEntryRepeated, 8},
      {"house/a.xml", "pack.xml", LoadProblem::PackEntryRepeated, 8},
      {"<publisher>", "<script/><publisher>", LoadProblem::UnknownElement, 6},
      {"xml:lang=\"en\"", "xml:lang=\"fr\"", LoadProblem::BadAttributeValue, 5},
      {"xml:lang=\"en\"", "xml:lang=\"zh-TW\"", LoadProblem::LocalizedRepeated, 5},
      {"  <publisher>办公室</publisher>\n", "", LoadProblem::MissingElement, 2},
      {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
       "<?xml version=\"1.0\"?>\n<!DOCTYPE pack [<!ENTITY e \"x\">]>", LoadProblem::DoctypeRefused,
       0},
  };
  for (const Case& c : cases) {
    const LoadError error = error_of(replaced(kManifest, c.from, c.to));
    EXPECT_EQ(error.problem, c.problem) << c.to << ": " << error.to_string();
    if (c.line > 0) {
      EXPECT_EQ(error.line, c.line) << c.to << ": " << error.to_string();
    }
    EXPECT_EQ(error.file, "pack.xml");
    for (Language language : {Language::ZhCN, Language::ZhTW}) {
      EXPECT_NE(problem_text(error, language), error.message) << error.to_string();
    }
  }
  std::string empty = replaced(kManifest, "  <profile path=\"profile.xml\"/>\n", "");
  EXPECT_EQ(error_of(replaced(empty, "  <template path=\"house/a.xml\"/>\n", "")).problem,
            LoadProblem::PackNoEntries);
}

TEST(PackManifestTest, EntryPathsMustStayInsideThePack) {
  for (const char* good : {"a.xml", "house/a.xml", "a/b/c.xml", "模板/报告.xml"}) {
    EXPECT_FALSE(check_pack_entry_path(good, "p")) << good;
  }
  for (const char* bad : {"", "/a.xml", "../a.xml", "a/../../b.xml", "a//b.xml", "./a.xml",
                          "a\\b.xml", "C:a.xml", "a/", "a\nb.xml"}) {
    const auto error = check_pack_entry_path(bad, "p");
    ASSERT_TRUE(error) << bad;
    EXPECT_EQ(error->problem, LoadProblem::PackUnsafePath) << bad;
  }
  EXPECT_EQ(check_pack_entry_path("run.sh", "p")->problem, LoadProblem::PackNotXml);
}

}  // namespace
}  // namespace chengbao
