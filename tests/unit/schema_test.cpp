// Tests of templates/schema: every shipped file is valid, and schema and loader agree on the rest.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/wait.h>

#include <gtest/gtest.h>

#include "profile.hpp"
#include "report_template.hpp"
#include "shipped_templates.hpp"
#include "temp_dir.hpp"
#include "test_support.hpp"

namespace chengbao {
namespace {

namespace fs = std::filesystem;

using test::TempDir;

std::string template_schema() { return test::template_dir() + "/schema/template.rng"; }
std::string profile_schema() { return test::template_dir() + "/schema/profile.rng"; }

struct Validation {
  bool valid = false;
  std::string output;
};

// Runs xmllint on `file`; the paths come from the test itself, never from a user.
Validation xmllint(const std::string& schema, const std::string& file) {
  const std::string command =
      std::string(CHENGBAO_XMLLINT) + " --noout --relaxng '" + schema + "' '" + file + "' 2>&1";
  Validation result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    result.output = "cannot run " + command;
    return result;
  }
  char buffer[512];
  while (fgets(buffer, sizeof buffer, pipe) != nullptr) result.output += buffer;
  const int status = pclose(pipe);
  result.valid = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return result;
}

std::vector<std::string> xml_files_in(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".xml") {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(SchemaTest, XmllintRejectsWhatTheSchemaForbids) {
  // Without this, a broken xmllint call would make every "valid" below meaningless.
  const TempDir dir;
  const std::string file = dir.write("t.xml", "<template format=\"2\" id=\"x\"/>");
  const Validation result = xmllint(template_schema(), file);
  EXPECT_FALSE(result.valid);
  EXPECT_NE(result.output.find("fails to validate"), std::string::npos) << result.output;
}

TEST(SchemaTest, EveryShippedTemplateIsValid) {
  std::vector<std::string> files = xml_files_in(test::template_dir());
  const std::vector<std::string> house = xml_files_in(test::template_dir() + "/profiles/house");
  const std::vector<std::string> traditional =
      xml_files_in(test::staged_template_dir() + "/zh-Hant");
  files.insert(files.end(), house.begin(), house.end());
  files.insert(files.end(), traditional.begin(), traditional.end());
  ASSERT_EQ(files.size(), test::shipped_template_ids().size() + house.size() +
                              test::simplified_template_ids().size());
  for (const std::string& file : files) {
    const Validation result = xmllint(template_schema(), file);
    EXPECT_TRUE(result.valid) << result.output;
  }
}

TEST(SchemaTest, EveryShippedProfileIsValid) {
  const std::vector<std::string> files = xml_files_in(test::template_dir() + "/profiles");
  ASSERT_FALSE(files.empty());
  for (const std::string& file : files) {
    const Validation result = xmllint(profile_schema(), file);
    EXPECT_TRUE(result.valid) << result.output;
  }
}

struct Case {
  const char* what;
  std::string xml;
  bool valid;
};

// A template that both accept, with `extra` before </template>.
std::string template_with(const std::string& extra) {
  return "<template format=\"1\" id=\"t\">\n"
         "  <name>测试</name>\n"
         "  <numbering>\n"
         "    <level n=\"1\" format=\"chinese\" suffix=\"、\"/>\n"
         "    <level n=\"2\" format=\"chinese\" prefix=\"（\" suffix=\"）\"/>\n"
         "  </numbering>\n"
         "  <title>关于{{topic}}的报告</title>\n"
         "  <signature>{{org_name}}</signature>\n"
         "  <date>{{date}}</date>\n" +
         extra + "</template>\n";
}

std::string child_with(const std::string& extra) {
  return "<template format=\"1\" id=\"child\" extends=\"t\">\n" + extra + "</template>\n";
}

const std::string kSection =
    "<section id=\"a\" level=\"1\"><heading>甲</heading>"
    "<section id=\"a-1\" level=\"2\"><heading>甲一</heading></section></section>\n";

TEST(SchemaTest, SchemaAndLoaderAgreeOnTemplates) {
  const std::vector<Case> cases = {
      {"minimal", template_with(""), true},
      {"everything",
       template_with("  <name xml:lang=\"en\">Test</name>\n"
                     "  <description>说明</description>\n"
                     "  <genre>summary</genre>\n"
                     "  <addressee>{{superior_body}}：</addressee>\n"
                     "  <opening>开头。</opening>\n"
                     "  <section id=\"a\" level=\"1\" required=\"true\"><heading>甲</heading>"
                     "<alias>乙</alias><alternative id=\"x\"><p>一。</p></alternative>"
                     "<alternative id=\"y\"><p>二。</p><p/></alternative>"
                     "<section id=\"a-1\" level=\"2\"><p>正文</p><heading>甲一</heading></section>"
                     "</section>\n"
                     "  <closing>特此报告。</closing>\n"
                     "  <attachment-note>附件：清单</attachment-note>\n"
                     "  <page-setup standard=\"gbt9704\"/>\n"
                     "  <checker><dates allowed=\"roc iso\"/><rule id=\"date.format\" "
                     "severity=\"info\"/><labels level=\"2\" allowed=\"（一） (一)\"/>"
                     "<rule id=\"char.stray\" enabled=\"false\"/></checker>\n"),
       true},
      {"unknown element in a section",
       template_with("  <section id=\"a\" level=\"1\"><heading>甲</heading>"
                     "<paragraph>x</paragraph></section>\n"),
       false},
      {"unknown element in the template", template_with("  <author>某</author>\n"), false},
      {"unknown attribute",
       template_with("  <section id=\"a\" level=\"1\" requird=\"true\">"
                     "<heading>甲</heading></section>\n"),
       false},
      {"top-level section of level 2",
       template_with("  <section id=\"a\" level=\"2\"><heading>甲</heading></section>\n"), false},
      {"sub-section that skips a level",
       template_with("  <section id=\"a\" level=\"1\"><heading>甲</heading>"
                     "<section id=\"b\" level=\"3\"><heading>乙</heading></section></section>\n"),
       false},
      {"level that is not a number",
       template_with("  <section id=\"a\" level=\"one\"><heading>甲</heading></section>\n"), false},
      {"numbering levels out of order",
       "<template format=\"1\" id=\"t\"><name>测</name><numbering><level n=\"2\" "
       "format=\"arabic\"/></numbering><title>题</title><signature>签</signature>"
       "<date>日</date></template>",
       false},
      {"unknown rule id",
       template_with("  <checker><rule id=\"numbering.gaps\" enabled=\"false\"/></checker>\n"),
       false},
      {"rule that changes nothing",
       template_with("  <checker><rule id=\"date.format\"/></checker>\n"), false},
      {"bad severity",
       template_with("  <checker><rule id=\"date.format\" severity=\"fatal\"/></checker>\n"),
       false},
      {"label without a counter",
       template_with("  <checker><labels level=\"1\" allowed=\"一、 A.\"/></checker>\n"), false},
      {"unknown date form", template_with("  <checker><dates allowed=\"julian\"/></checker>\n"),
       false},
      {"p mixed with alternatives",
       template_with("  <section id=\"a\" level=\"1\"><heading>甲</heading><p>一</p>"
                     "<alternative id=\"x\"><p>二</p></alternative></section>\n"),
       false},
      {"empty alternative",
       template_with("  <section id=\"a\" level=\"1\"><heading>甲</heading>"
                     "<alternative id=\"x\"/></section>\n"),
       false},
      {"remove without extends", template_with("  <section id=\"a\" remove=\"true\"/>\n"), false},
      {"bad genre", template_with("  <genre>memo</genre>\n"), false},
      {"empty heading",
       template_with("  <section id=\"a\" level=\"1\"><heading> </heading></section>\n"), false},
      {"bad xml:lang", template_with("  <name xml:lang=\"fr\">Essai</name>\n"), false},
      {"stray text", template_with("  特此报告。\n"), false},
      {"missing date",
       "<template format=\"1\" id=\"t\"><name>测</name><numbering><level n=\"1\" "
       "format=\"arabic\"/></numbering><title>题</title><signature>签</signature></template>",
       false},
      {"child that places a section well",
       child_with("  <section id=\"a-1\" remove=\"true\"/>\n"
                  "  <section id=\"b\" level=\"1\" after=\"a\"><heading>乙</heading></section>\n"
                  "  <name>子</name>\n"),
       true},
      {"child with a removal that has content",
       child_with("  <section id=\"a\" remove=\"true\"><heading>甲</heading></section>\n"), false},
  };
  const TempDir dir;
  dir.write("t.xml", template_with(kSection));
  for (const Case& c : cases) {
    const std::string file = dir.write("case.xml", c.xml);
    const Validation schema = xmllint(template_schema(), file);
    const auto loaded = load_template(file);
    const bool loads = std::holds_alternative<ReportTemplate>(loaded);
    const std::string error = loads ? "" : std::get<LoadError>(loaded).to_string();
    EXPECT_EQ(loads, c.valid) << c.what << ": " << error;
    EXPECT_EQ(schema.valid, c.valid) << c.what << ": " << schema.output;
  }
}

TEST(SchemaTest, OnlyTheLoaderKnowsWhereInheritedSectionsLie) {
  // A level-2 section placed after a level-1 one: valid XML for the schema, which cannot see
  // the parent, and refused by the loader, which can.
  const TempDir dir;
  dir.write("t.xml", template_with(kSection));
  const std::string file =
      dir.write("child.xml", child_with("  <section id=\"a-2\" level=\"2\" after=\"a\">"
                                        "<heading>甲二</heading></section>\n"));
  EXPECT_TRUE(xmllint(template_schema(), file).valid);
  EXPECT_EQ(test::error_of(load_template(file)).message,
            "<section id=\"a-2\"> has level 2 but section 'a' that it follows has level 1");
}

std::string profile_with(const std::string& extra) {
  return "<profile format=\"1\">\n"
         "  <organisation><full-name>甲单位</full-name><short-name>甲</short-name>"
         "</organisation>\n"
         "  <superior-body>乙机关</superior-body>\n" +
         extra + "</profile>\n";
}

TEST(SchemaTest, SchemaAndLoaderAgreeOnProfiles) {
  const std::vector<Case> cases = {
      {"minimal", profile_with(""), true},
      {"everything",
       profile_with("  <signatory title=\"行长\">林志远</signatory>\n"
                    "  <contact name=\"周敏\" phone=\"0000-1234 转 5\"/>\n"
                    "  <address>某路1号</address>\n"
                    "  <document-number>甲发〔{{year}}〕{{seq}}号</document-number>\n"
                    "  <date-style>roc</date-style>\n"
                    "  <script>zh-Hant</script>\n"
                    "  <template-folder>house/a</template-folder>\n"
                    "  <field name=\"fax\">0000</field>\n"),
       true},
      {"unknown element", profile_with("  <signatory-name>林</signatory-name>\n"), false},
      {"missing superior body",
       "<profile format=\"1\"><organisation><full-name>甲</full-name><short-name>甲</short-name>"
       "</organisation></profile>",
       false},
      {"missing short name",
       "<profile format=\"1\"><organisation><full-name>甲</full-name></organisation>"
       "<superior-body>乙</superior-body></profile>",
       false},
      {"document number with another field",
       profile_with("  <document-number>{{org_name}}〔{{year}}〕</document-number>\n"), false},
      {"contact without name", profile_with("  <contact phone=\"0000\"/>\n"), false},
      {"phone that is not a number", profile_with("  <contact name=\"周\" phone=\"n/a\"/>\n"),
       false},
      {"absolute template folder", profile_with("  <template-folder>/etc</template-folder>\n"),
       false},
      {"script en", profile_with("  <script>en</script>\n"), false},
      {"iso date style", profile_with("  <date-style>iso</date-style>\n"), false},
      {"bad field name", profile_with("  <field name=\"Fax\">0</field>\n"), false},
      {"format 2", "<profile format=\"2\"/>", false},
  };
  const TempDir dir;
  for (const Case& c : cases) {
    const std::string file = dir.write("case.xml", c.xml);
    const Validation schema = xmllint(profile_schema(), file);
    // From memory: the folder check on disk is the loader's own, beyond the schema.
    const auto loaded = parse_profile(c.xml, "case.xml");
    const bool loads = std::holds_alternative<Profile>(loaded);
    EXPECT_EQ(loads, c.valid) << c.what << ": "
                              << (loads ? "" : std::get<LoadError>(loaded).to_string());
    EXPECT_EQ(schema.valid, c.valid) << c.what << ": " << schema.output;
  }
}

}  // namespace
}  // namespace chengbao
