// Tests of profile.hpp: the example profile, profile validation and the fields it provides.
#include "profile.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <random>

#include <gtest/gtest.h>

#include "temp_dir.hpp"
#include "test_support.hpp"
#include "xml_util.hpp"

namespace chengbao {
namespace {

using test::data_file;
using test::error_of;
using test::TempDir;
using test::value_of;

// A valid profile with `extra` inserted before </profile> (line 8 onwards).
std::string profile_with(const std::string& extra) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"  // 1
         "<profile format=\"1\">\n"                      // 2
         "  <organisation>\n"                            // 3
         "    <full-name>甲单位</full-name>\n"           // 4
         "    <short-name>甲</short-name>\n"             // 5
         "  </organisation>\n"                           // 6
         "  <superior-body>乙机关</superior-body>\n"     // 7
         + extra + "</profile>\n";
}

LoadError parse_error(const std::string& xml) { return error_of(parse_profile(xml, "p.xml")); }

TEST(ProfileTest, ExampleProfileLoadsEveryValue) {
  const std::string path = test::template_dir() + "/profiles/example.xml";
  const Profile profile = value_of(load_profile(path));
  EXPECT_EQ(profile.file, path);
  EXPECT_EQ(profile.full_name, "东湖银行股份有限公司滨江支行");
  EXPECT_EQ(profile.short_name, "东湖银行滨江支行");
  EXPECT_EQ(profile.superior_body, "东湖银行股份有限公司总行");
  EXPECT_EQ(profile.department, "办公室");
  EXPECT_EQ(profile.signatory_name, "林志远");
  EXPECT_EQ(profile.signatory_title, "行长");
  EXPECT_EQ(profile.contact_name, "周敏");
  EXPECT_EQ(profile.contact_phone, "0000-12345678");
  EXPECT_EQ(profile.address, "东湖市滨江区江岸路88号");
  EXPECT_EQ(profile.document_number, "东湖银滨发〔{{year}}〕{{seq}}号");
  EXPECT_EQ(profile.date_style, DateStyle::Gbt9704);
  EXPECT_EQ(profile.script, "zh-Hans");
  EXPECT_EQ(profile.template_folder, "house");
  EXPECT_EQ(std::filesystem::path(profile.template_folder_path),
            std::filesystem::canonical(test::template_dir() + "/profiles/house"));
  ASSERT_EQ(profile.custom.size(), 1u);
  EXPECT_EQ(profile.custom.at("postcode"), "000000");
}

TEST(ProfileTest, ExampleProfileFieldsUseTheTemplateNames) {
  const Profile profile = value_of(load_profile(test::template_dir() + "/profiles/example.xml"));
  const std::map<std::string, std::string> expected = {
      {"org_name", "东湖银行股份有限公司滨江支行"},
      {"org_short_name", "东湖银行滨江支行"},
      {"superior_body", "东湖银行股份有限公司总行"},
      {"department", "办公室"},
      {"signatory", "林志远"},
      {"signatory_title", "行长"},
      {"contact", "周敏"},
      {"phone", "0000-12345678"},
      {"address", "东湖市滨江区江岸路88号"},
      {"document_number", "东湖银滨发〔2027〕{{seq}}号"},
      {"issuer_mark", "东湖银行股份有限公司滨江支行文件"},
      {"copy_to", "东湖银行股份有限公司总行办公室"},
      {"printed_by", "东湖银行滨江支行办公室"},
      {"postcode", "000000"},
  };
  EXPECT_EQ(profile.fields(2027), expected);
  // Without a year the document number is for this year.
  EXPECT_EQ(profile.fields().at("document_number"),
            "东湖银滨发〔" + std::to_string(today().year) + "〕{{seq}}号");
}

TEST(ProfileTest, ValuesNotGivenAreNotFields) {
  const Profile profile = value_of(parse_profile(profile_with(""), "p.xml"));
  const std::map<std::string, std::string> expected = {
      {"org_name", "甲单位"}, {"org_short_name", "甲"}, {"superior_body", "乙机关"}};
  EXPECT_EQ(profile.fields(), expected);
  EXPECT_EQ(profile.date_style, DateStyle::Gbt9704);
}

TEST(ProfileTest, ValuesAreTrimmedAndNeverInterpreted) {
  const Profile profile = value_of(
      parse_profile("<profile format=\"1\">\n"
                    "  <organisation>\n"
                    "    <full-name>\n      {{superior_body}} &lt;b&gt;\n    </full-name>\n"
                    "    <short-name>  甲  </short-name>\n"
                    "  </organisation>\n"
                    "  <superior-body>$(rm -rf /)</superior-body>\n"
                    "  <signatory title=\" 局长 \">张三</signatory>\n"
                    "</profile>\n",
                    "p.xml"));
  EXPECT_EQ(profile.full_name, "{{superior_body}} <b>");
  EXPECT_EQ(profile.short_name, "甲");
  EXPECT_EQ(profile.superior_body, "$(rm -rf /)");
  EXPECT_EQ(profile.signatory_title, "局长");
}

TEST(ProfileTest, DateStyleIsRead) {
  EXPECT_EQ(
      value_of(parse_profile(profile_with("<date-style>chinese</date-style>"), "p.xml")).date_style,
      DateStyle::Chinese);
  EXPECT_EQ(
      value_of(parse_profile(profile_with("<date-style> roc </date-style>"), "p.xml")).date_style,
      DateStyle::Roc);
  EXPECT_EQ(parse_error(profile_with("  <date-style>iso</date-style>\n")).to_string(),
            "p.xml:8: unknown date style 'iso' (use gbt9704, chinese or roc)");
}

TEST(ProfileTest, NotWellFormedGivesTheLineOfTheError) {
  const LoadError error = error_of(load_profile(data_file("profile_not_well_formed.xml")));
  EXPECT_EQ(error.file, data_file("profile_not_well_formed.xml"));
  EXPECT_EQ(error.line, 5);
  EXPECT_EQ(error.message, "not well-formed XML: Start-end tags mismatch");
}

TEST(ProfileTest, MissingRequiredFieldNamesItAndItsParentLine) {
  const LoadError error = error_of(load_profile(data_file("profile_missing_short_name.xml")));
  EXPECT_EQ(error.to_string(), data_file("profile_missing_short_name.xml") +
                                   ":3: missing <short-name> in <organisation>");
}

TEST(ProfileTest, UnknownElementIsNamed) {
  const LoadError error = error_of(load_profile(data_file("profile_unknown_element.xml")));
  EXPECT_EQ(error.line, 8);
  EXPECT_EQ(error.message, "unknown element <signatory-name> in <profile>");
}

TEST(ProfileTest, DoctypeWithAnEntityIsRefused) {
  const LoadError error = error_of(load_profile(data_file("profile_doctype.xml")));
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.message, "DOCTYPE/entities not allowed");
}

TEST(ProfileTest, NonexistentFileCannotBeOpened) {
  const LoadError error = error_of(load_profile(data_file("no-such-profile.xml")));
  EXPECT_EQ(error.to_string(),
            data_file("no-such-profile.xml") + ": cannot open: No such file or directory");
}

TEST(ProfileTest, EachRequiredValueIsChecked) {
  EXPECT_EQ(parse_error("<profile format=\"1\">\n"
                        "  <superior-body>乙机关</superior-body>\n"
                        "</profile>\n")
                .to_string(),
            "p.xml:1: missing <organisation> in <profile>");
  EXPECT_EQ(parse_error("<profile format=\"1\">\n"
                        "  <organisation>\n"
                        "    <short-name>甲</short-name>\n"
                        "  </organisation>\n"
                        "  <superior-body>乙机关</superior-body>\n"
                        "</profile>\n")
                .to_string(),
            "p.xml:2: missing <full-name> in <organisation>");
  EXPECT_EQ(parse_error("<profile format=\"1\">\n"
                        "  <organisation>\n"
                        "    <full-name>甲单位</full-name>\n"
                        "    <short-name>甲</short-name>\n"
                        "  </organisation>\n"
                        "</profile>\n")
                .to_string(),
            "p.xml:1: missing <superior-body> in <profile>");
}

TEST(ProfileTest, EmptyRequiredValueIsAnError) {
  std::string xml = profile_with("");
  xml.replace(xml.find("甲单位"), std::string("甲单位").size(), "  ");
  EXPECT_EQ(parse_error(xml).to_string(), "p.xml:4: <full-name> is empty");
}

TEST(ProfileTest, RepeatedElementIsAnError) {
  EXPECT_EQ(parse_error(profile_with("  <superior-body>丙机关</superior-body>\n")).to_string(),
            "p.xml:8: <superior-body> is given more than once (first on line 7)");
}

TEST(ProfileTest, UnknownAttributeIsNamed) {
  EXPECT_EQ(
      parse_error(profile_with("  <signatory titel=\"行长\">林志远</signatory>\n")).to_string(),
      "p.xml:8: unknown attribute 'titel' on <signatory>");
  EXPECT_EQ(parse_error("<profile format=\"1\" version=\"2\"/>").message,
            "unknown attribute 'version' on <profile>");
}

TEST(ProfileTest, RootMustBeProfileOfFormatOne) {
  EXPECT_EQ(parse_error("<template format=\"1\"/>").message,
            "the root element is <template>, expected <profile>");
  EXPECT_EQ(parse_error("<profile/>").message, "<profile> has no format attribute (format=\"1\")");
}

TEST(ProfileTest, CustomFieldsAreKeptUnderTheirNames) {
  const Profile profile = value_of(parse_profile(
      profile_with(
          "  <field name=\"liaison\">周敏</field>\n  <field name=\"doc_no\">滨银</field>\n"),
      "p.xml"));
  EXPECT_EQ(profile.custom.at("liaison"), "周敏");
  EXPECT_EQ(profile.fields().at("doc_no"), "滨银");
}

TEST(ProfileTest, CustomFieldNamesAreChecked) {
  EXPECT_EQ(parse_error(profile_with("  <field>x</field>\n")).to_string(),
            "p.xml:8: <field> has no name attribute");
  EXPECT_EQ(parse_error(profile_with("  <field name=\"Contact-Person\">x</field>\n")).message,
            "field name 'Contact-Person' may use only a-z, 0-9 and _");
  EXPECT_EQ(parse_error(profile_with("  <field name=\"org_name\">x</field>\n")).message,
            "field name 'org_name' is reserved for a built-in value");
  EXPECT_EQ(parse_error(profile_with("  <field name=\"date\">x</field>\n")).message,
            "field name 'date' is reserved for a built-in value");
  for (const char* name : {"contact", "phone", "address", "document_number", "seq"}) {
    EXPECT_EQ(parse_error(profile_with("  <field name=\"" + std::string(name) + "\">x</field>\n"))
                  .message,
              "field name '" + std::string(name) + "' is reserved for a built-in value");
  }
  EXPECT_EQ(parse_error(profile_with("  <field name=\"a\">x</field>\n"
                                     "  <field name=\"a\">y</field>\n"))
                .to_string(),
            "p.xml:9: field 'a' is given more than once");
}

TEST(ProfileTest, ValuesHoldOnlyText) {
  EXPECT_EQ(parse_error(profile_with("  <signatory>林<b>志远</b></signatory>\n")).to_string(),
            "p.xml:8: <signatory> may hold only text, found <b>");
}

// ---- The v1 additions -------------------------------------------------------------------------

TEST(ProfileTest, ContactAddressDocumentNumberAndScriptAreRead) {
  const Profile profile = value_of(parse_profile(
      profile_with("  <contact name=\" 周敏 \" phone=\"+86 (0000) 1234-5678转801\"/>\n"
                   "  <address>东湖市\n    滨江区</address>\n"
                   "  <document-number>滨银发〔{{year}}〕{{seq}}号</document-number>\n"
                   "  <script>zh-Hant</script>\n"),
      "p.xml"));
  EXPECT_EQ(profile.contact_name, "周敏");
  EXPECT_EQ(profile.contact_phone, "+86 (0000) 1234-5678转801");
  EXPECT_EQ(profile.address, "东湖市滨江区");
  EXPECT_EQ(profile.document_number, "滨银发〔{{year}}〕{{seq}}号");
  EXPECT_EQ(profile.script, "zh-Hant");
  EXPECT_EQ(profile.fields(2026).at("document_number"), "滨银发〔2026〕{{seq}}号");
  EXPECT_EQ(value_of(parse_profile(profile_with(""), "p.xml")).script, "zh-Hans");
}

TEST(ProfileTest, MastheadAndColophonValuesAreReadAndMayNotBeEmpty) {
  const Profile profile =
      value_of(parse_profile(profile_with("  <issuer-mark> 甲单位文件 </issuer-mark>\n"
                                          "  <copy-to>丙机关，丁机关</copy-to>\n"
                                          "  <printed-by>甲单位办公室</printed-by>\n"),
                             "p.xml"));
  EXPECT_EQ(profile.issuer_mark, "甲单位文件");
  EXPECT_EQ(profile.copy_to, "丙机关，丁机关");
  EXPECT_EQ(profile.printed_by, "甲单位办公室");
  EXPECT_EQ(profile.fields(2026).at("issuer_mark"), "甲单位文件");
  EXPECT_EQ(profile.fields(2026).at("copy_to"), "丙机关，丁机关");
  EXPECT_EQ(profile.fields(2026).at("printed_by"), "甲单位办公室");
  // A format-1 profile without them stays valid and gives no such fields.
  const Profile plain = value_of(parse_profile(profile_with(""), "p.xml"));
  EXPECT_EQ(plain.fields(2026).count("issuer_mark"), 0u);
  EXPECT_EQ(parse_error(profile_with("  <copy-to> </copy-to>\n")).to_string(),
            "p.xml:8: <copy-to> is empty");
  EXPECT_EQ(
      parse_error(profile_with("  <printed-by>甲</printed-by>\n  <printed-by>乙</printed-by>\n"))
          .to_string(),
      "p.xml:9: <printed-by> is given more than once (first on line 8)");
}

TEST(ProfileTest, ScriptRegionIsReadAndChecked) {
  EXPECT_EQ(
      value_of(parse_profile(profile_with("  <script region=\"HK\">zh-Hant</script>\n"), "p.xml"))
          .region,
      Region::HongKong);
  EXPECT_EQ(value_of(parse_profile(profile_with("  <script>zh-Hant</script>\n"), "p.xml")).region,
            Region::Taiwan);
  EXPECT_EQ(parse_error(profile_with("  <script region=\"CN\">zh-Hant</script>\n")).to_string(),
            "p.xml:8: unknown region 'CN' (use TW or HK)");
}

TEST(ProfileTest, ContactIsChecked) {
  EXPECT_EQ(parse_error(profile_with("  <contact phone=\"0000\"/>\n")).to_string(),
            "p.xml:8: <contact> has no name");
  EXPECT_EQ(parse_error(profile_with("  <contact name=\"周敏\" phone=\"call me\"/>\n")).to_string(),
            "p.xml:8: <contact> has phone=\"call me\", which is not a phone number (digits, "
            "spaces, + - ( ) / 转)");
  EXPECT_EQ(parse_error(profile_with("  <contact name=\"周敏\" phone=\"--\"/>\n")).line, 8);
  EXPECT_EQ(parse_error(profile_with("  <contact>周敏</contact>\n")).to_string(),
            "p.xml:8: <contact> takes its values as attributes: <contact name=\"…\" "
            "phone=\"…\"/>");
  EXPECT_EQ(parse_error(profile_with("  <contact name=\"周敏\" email=\"x@y\"/>\n")).message,
            "unknown attribute 'email' on <contact>");
  EXPECT_EQ(value_of(parse_profile(profile_with("  <contact name=\"周敏\"/>\n"), "p.xml"))
                .fields(2026)
                .count("phone"),
            0u);
}

TEST(ProfileTest, DocumentNumberMayUseOnlyYearAndSequence) {
  EXPECT_EQ(
      parse_error(
          profile_with("  <document-number>{{org_short_name}}〔{{year}}〕号</document-number>\n"))
          .to_string(),
      "p.xml:8: <document-number> may use only {{year}} and {{seq}}, found '{{org_short_name}}'");
  EXPECT_EQ(parse_error(profile_with("  <document-number>发〔{{year}</document-number>\n")).message,
            "<document-number> may use only {{year}} and {{seq}}, found '{{year}'");
  EXPECT_EQ(parse_error(profile_with("  <document-number> </document-number>\n")).message,
            "<document-number> is empty");
  EXPECT_EQ(
      value_of(parse_profile(profile_with("  <document-number>发〔2026〕1号</document-number>\n"),
                             "p.xml"))
          .document_number,
      "发〔2026〕1号");
}

TEST(ProfileTest, ScriptAndAddressAreChecked) {
  EXPECT_EQ(parse_error(profile_with("  <script>en</script>\n")).to_string(),
            "p.xml:8: unknown script 'en' (use zh-Hans or zh-Hant)");
  EXPECT_EQ(parse_error(profile_with("  <address/>\n")).to_string(), "p.xml:8: <address> is empty");
  EXPECT_EQ(parse_error(profile_with("  <date-style>iso</date-style>\n")).message,
            "unknown date style 'iso' (use gbt9704, chinese or roc)");
}

TEST(ProfileTest, TemplateFolderMustBeRelativeAndStayInside) {
  const auto folder_error = [](const std::string& folder) {
    return parse_error(profile_with("  <template-folder>" + folder + "</template-folder>\n"))
        .to_string();
  };
  EXPECT_EQ(folder_error("/etc"),
            "p.xml:8: <template-folder> '/etc' must be relative to the profile's folder");
  EXPECT_EQ(folder_error("~/templates"),
            "p.xml:8: <template-folder> '~/templates' must be relative to the profile's folder");
  EXPECT_EQ(folder_error("../shared"),
            "p.xml:8: <template-folder> '../shared' leaves the profile's folder");
  EXPECT_EQ(folder_error("house/../../x"),
            "p.xml:8: <template-folder> 'house/../../x' leaves the profile's folder");
  EXPECT_EQ(folder_error("..\\\\x"),
            "p.xml:8: <template-folder> '..\\\\x' must be a relative path with / between folder "
            "names");
  EXPECT_EQ(folder_error("C:/x"),
            "p.xml:8: <template-folder> 'C:/x' must be a relative path with / between folder "
            "names");
  EXPECT_EQ(folder_error(" "), "p.xml:8: <template-folder> is empty");
  // Inside after normalisation is fine as text; on disk it must also exist.
  EXPECT_EQ(
      value_of(
          parse_profile(profile_with("  <template-folder>a/../house</template-folder>\n"), "p.xml"))
          .template_folder,
      "a/../house");
}

// A profile on disk in `dir` naming `folder` as its template folder.
std::string write_profile(const TempDir& dir, const std::string& folder) {
  return dir.write("office/profile.xml",
                   profile_with("  <template-folder>" + folder + "</template-folder>\n"));
}

TEST(ProfileTest, TemplateFolderIsResolvedNextToTheProfile) {
  const TempDir dir;
  std::filesystem::create_directories(dir.file("office/house/2026"));
  const Profile profile = value_of(load_profile(write_profile(dir, "house/2026/")));
  EXPECT_EQ(std::filesystem::path(profile.template_folder_path),
            std::filesystem::canonical(dir.file("office/house/2026")));
  // Parsing from memory has no folder to look into.
  EXPECT_TRUE(
      value_of(parse_profile(profile_with("  <template-folder>house</template-folder>\n"), "p.xml"))
          .template_folder_path.empty());
}

TEST(ProfileTest, MissingTemplateFolderIsReportedWithItsLine) {
  const TempDir dir;
  const std::string path = write_profile(dir, "house");
  EXPECT_EQ(error_of(load_profile(path)).to_string(),
            path + ":8: <template-folder> 'house' is not a folder next to the profile");
  dir.write("office/house", "a file, not a folder");
  EXPECT_EQ(error_of(load_profile(path)).line, 8);
}

TEST(ProfileTest, TemplateFolderLinkThatLeavesTheProfilesFolderIsRefused) {
  const TempDir dir;
  std::filesystem::create_directories(dir.file("elsewhere"));
  std::filesystem::create_directories(dir.file("office/inside"));
  std::filesystem::create_directory_symlink(dir.file("elsewhere"), dir.file("office/house"));
  std::filesystem::create_directory_symlink("inside", dir.file("office/alias"));
  const std::string path = write_profile(dir, "house");
  const LoadError error = error_of(load_profile(path));
  EXPECT_EQ(error.line, 8);
  EXPECT_EQ(error.message, "<template-folder> 'house' resolves to " +
                               std::filesystem::canonical(dir.file("elsewhere")).string() +
                               ", outside the profile's folder");
  // A link that stays inside is fine.
  EXPECT_EQ(std::filesystem::path(
                value_of(load_profile(write_profile(dir, "alias"))).template_folder_path),
            std::filesystem::canonical(dir.file("office/inside")));
}

// ---- Hostile and broken files ------------------------------------------------------------------

TEST(ProfileTest, DeeplyNestedElementsAreRefusedAtTheirLine) {
  for (int depth : {2000, 200000}) {
    std::string nested;
    for (int i = 0; i < depth; ++i) nested += "<x>";
    for (int i = 0; i < depth; ++i) nested += "</x>";
    EXPECT_EQ(
        parse_error(profile_with("  <field name=\"deep\">\n" + nested + "</field>\n")).to_string(),
        "p.xml:9: <field> may hold only text, found <x>")
        << depth;
  }
}

TEST(ProfileTest, RandomBytesAreRefusedWithALine) {
  std::mt19937 random(20261128);
  for (int round = 0; round < 200; ++round) {
    std::string bytes(1 + random() % 2000, '\0');
    for (char& byte : bytes) byte = static_cast<char>(random() % 256);
    const LoadError error = parse_error(bytes);
    EXPECT_GE(error.line, 1) << error.to_string();
    EXPECT_FALSE(error.message.empty());
  }
}

TEST(ProfileTest, TextThatIsNotUtf8IsRefusedAtItsLine) {
  EXPECT_EQ(parse_error(profile_with("  <address>\xE4\xB8 路</address>\n")).to_string(),
            "p.xml:8: not UTF-8 text (byte 219)");
  EXPECT_EQ(parse_error(profile_with("  <address>\xC0\xAF</address>\n")).line, 8)
      << "an overlong form of '/' is not UTF-8";
  EXPECT_EQ(parse_error(profile_with("  <address>\xED\xA0\x80</address>\n")).line, 8)
      << "a UTF-16 surrogate is not UTF-8";
}

TEST(ProfileTest, ExternalEntityIsNeverRead) {
  const LoadError error = parse_error(
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE profile [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n"
      "<profile format=\"1\"><organisation><full-name>&x;</full-name>"
      "<short-name>甲</short-name></organisation><superior-body>乙</superior-body></profile>\n");
  EXPECT_EQ(error.to_string(), "p.xml:2: DOCTYPE/entities not allowed");
  // Without a DOCTYPE an entity reference stays literal text: nothing is looked up.
  EXPECT_EQ(value_of(parse_profile(profile_with("  <address>&x;</address>\n"), "p.xml")).address,
            "&x;");
}

TEST(ProfileTest, FileOverTheSizeLimitIsRefusedBeforeParsing) {
  const TempDir dir;
  std::string big = profile_with("  <field name=\"padding\">");
  big.resize(xml::kMaxFileSize + 1, 'x');
  const std::string path = dir.write("big.xml", big);
  EXPECT_EQ(error_of(load_profile(path)).to_string(),
            path + ": file is too large (" + std::to_string(xml::kMaxFileSize + 1) +
                " bytes, at most " + std::to_string(xml::kMaxFileSize) + ")");
}

}  // namespace
}  // namespace chengbao

namespace chengbao {
namespace {

// Every value of the format set, with characters XML must escape.
Profile full_profile() {
  Profile profile;
  profile.full_name = "甲乙丙有限公司 <总部> & \"分部\"";
  profile.short_name = "甲乙丙";
  profile.department = "办公室";
  profile.superior_body = "某某监管局";
  profile.signatory_name = "张三";
  profile.signatory_title = "行长";
  profile.contact_name = "李四";
  profile.contact_phone = "010-12345678转801";
  profile.address = "某某市某某路1号";
  profile.document_number = "甲发〔{{year}}〕{{seq}}号";
  profile.issuer_mark = "甲乙丙文件";
  profile.copy_to = "某某局";
  profile.printed_by = "甲乙丙办公室";
  profile.date_style = DateStyle::Chinese;
  profile.script = "zh-Hant";
  profile.region = Region::HongKong;
  profile.custom = {{"fax", "010-1"}, {"motto", "a &b"}};
  return profile;
}

void expect_same_values(const Profile& a, const Profile& b) {
  EXPECT_EQ(a.full_name, b.full_name);
  EXPECT_EQ(a.short_name, b.short_name);
  EXPECT_EQ(a.department, b.department);
  EXPECT_EQ(a.superior_body, b.superior_body);
  EXPECT_EQ(a.signatory_name, b.signatory_name);
  EXPECT_EQ(a.signatory_title, b.signatory_title);
  EXPECT_EQ(a.contact_name, b.contact_name);
  EXPECT_EQ(a.contact_phone, b.contact_phone);
  EXPECT_EQ(a.address, b.address);
  EXPECT_EQ(a.document_number, b.document_number);
  EXPECT_EQ(a.issuer_mark, b.issuer_mark);
  EXPECT_EQ(a.copy_to, b.copy_to);
  EXPECT_EQ(a.printed_by, b.printed_by);
  EXPECT_EQ(a.date_style, b.date_style);
  EXPECT_EQ(a.script, b.script);
  EXPECT_EQ(a.region, b.region);
  EXPECT_EQ(a.template_folder, b.template_folder);
  EXPECT_EQ(a.custom, b.custom);
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST(CheckProfileValuesTest, AFullProfileHasNoProblems) {
  EXPECT_TRUE(check_profile_values(full_profile()).empty());
}

TEST(CheckProfileValuesTest, TheExampleProfileHasNoProblems) {
  const Profile profile = value_of(load_profile(test::template_dir() + "/profiles/example.xml"));
  EXPECT_TRUE(check_profile_values(profile).empty());
}

TEST(CheckProfileValuesTest, NamesEachWrongFieldWithTheLoadersKind) {
  // Given a profile with one wrong value in each checked field
  Profile profile = full_profile();
  profile.full_name = " ";
  profile.superior_body.clear();
  profile.contact_phone = "call me";
  profile.document_number = "甲发〔{{year}}〕{{number}}号";
  profile.script = "zh-Latn";
  profile.template_folder = "../elsewhere";
  profile.custom["org_name"] = "x";
  // When it is checked
  const std::vector<ProfileProblem> problems = check_profile_values(profile);
  // Then each is named with the kind the loader gives the same value in a file
  std::map<std::string, LoadProblem> found;
  for (const ProfileProblem& problem : problems) found[problem.field] = problem.error.problem;
  const std::map<std::string, LoadProblem> expected = {
      {"full-name", LoadProblem::EmptyElement},
      {"superior-body", LoadProblem::EmptyElement},
      {"contact-phone", LoadProblem::ContactPhone},
      {"document-number", LoadProblem::DocumentNumberReference},
      {"script", LoadProblem::UnknownScript},
      {"template-folder", LoadProblem::FolderLeaves},
      {"field:org_name", LoadProblem::FieldNameReserved}};
  EXPECT_EQ(found, expected);
}

TEST(CheckProfileValuesTest, AgreesWithTheLoaderOnTheSameValue) {
  Profile profile = full_profile();
  profile.contact_phone = "phone";
  const std::vector<ProfileProblem> problems = check_profile_values(profile);
  ASSERT_EQ(problems.size(), 1u);
  const LoadError loaded = parse_error(profile_xml(profile));
  EXPECT_EQ(problems[0].error.problem, loaded.problem);
  EXPECT_EQ(problems[0].error.args, loaded.args);
  EXPECT_EQ(problems[0].error.message, loaded.message);
}

TEST(CheckProfileValuesTest, PhoneWithoutContactNameIsAProblemOfTheName) {
  Profile profile = full_profile();
  profile.contact_name.clear();
  const std::vector<ProfileProblem> problems = check_profile_values(profile);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "contact-name");
  EXPECT_EQ(problems[0].error.problem, LoadProblem::ContactNoName);
}

TEST(SaveProfileTest, ASavedProfileReloadsEqual) {
  const TempDir dir;
  const std::string path = dir.file("mine.xml");
  ASSERT_FALSE(save_profile(full_profile(), path));
  expect_same_values(value_of(load_profile(path)), full_profile());
  EXPECT_FALSE(std::filesystem::exists(path + ".saving"));
}

TEST(SaveProfileTest, AMinimalProfileReloadsEqual) {
  const TempDir dir;
  Profile profile;
  profile.full_name = "甲";
  profile.short_name = "甲";
  profile.superior_body = "乙";
  const std::string path = dir.file("min.xml");
  ASSERT_FALSE(save_profile(profile, path));
  expect_same_values(value_of(load_profile(path)), profile);
}

TEST(SaveProfileTest, TheExampleProfileSurvivesARoundTrip) {
  const TempDir dir;
  const Profile example = value_of(load_profile(test::template_dir() + "/profiles/example.xml"));
  Profile copy = example;
  copy.template_folder.clear();  // the example's folder is not next to the copy
  const std::string path = dir.file("copy.xml");
  ASSERT_FALSE(save_profile(copy, path));
  expect_same_values(value_of(load_profile(path)), copy);
}

TEST(SaveProfileTest, AFailedWriteLeavesTheOldFileByteIdentical) {
  // Given a saved profile, and the file beside it that a save writes first blocked by a folder
  const TempDir dir;
  const std::string path = dir.write("p.xml", "<old>bytes\r\n</old>");
  std::filesystem::create_directories(path + ".saving");
  // When a save fails
  const std::optional<LoadError> error = save_profile(full_profile(), path);
  // Then it says so and the old file is untouched
  ASSERT_TRUE(error);
  EXPECT_EQ(error->problem, LoadProblem::CannotWrite);
  EXPECT_EQ(read_all(path), "<old>bytes\r\n</old>");
}

TEST(SaveProfileTest, AProfileWithProblemsIsNotSaved) {
  const TempDir dir;
  const std::string path = dir.write("p.xml", "old");
  Profile profile = full_profile();
  profile.short_name.clear();
  const std::optional<LoadError> error = save_profile(profile, path);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->problem, LoadProblem::EmptyElement);
  EXPECT_EQ(read_all(path), "old");
  EXPECT_FALSE(std::filesystem::exists(path + ".saving"));
}

TEST(SaveProfileTest, AnUnwritableFolderIsAnError) {
  const std::optional<LoadError> error =
      save_profile(full_profile(), "/nonexistent-chengbao-folder/p.xml");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->problem, LoadProblem::CannotWrite);
}

TEST(SameProfileFileTest, TheExampleByAnotherPathOrACopyIsTheSameProfile) {
  // Given the shipped example, a copy of it, a link to it and another profile
  const TempDir dir;
  const std::string example = test::template_dir() + "/profiles/example.xml";
  const std::string copy = dir.write("copy.xml", read_all(example));
  const std::string link = dir.file("link.xml");
  std::filesystem::create_symlink(example, link);
  const std::string other = dir.file("other.xml");
  ASSERT_FALSE(save_profile(full_profile(), other));
  // Then the copy, the link and a path with ./ in it are the example, the other is not
  EXPECT_TRUE(same_profile_file(example, copy));
  EXPECT_TRUE(same_profile_file(link, example));
  EXPECT_TRUE(same_profile_file(test::template_dir() + "/profiles/./example.xml", example));
  EXPECT_FALSE(same_profile_file(example, other));
  // and two missing files are not one profile
  EXPECT_FALSE(same_profile_file(dir.file("a.xml"), dir.file("b.xml")));
}

TEST(CheckProfileValuesTest, EveryProblemCanBeSaidInTheThreeLanguages) {
  // Given one wrong value of each kind a form can produce
  Profile profile = full_profile();
  profile.short_name.clear();
  profile.contact_phone = "call me";
  profile.document_number = "{{number}}";
  profile.date_style = DateStyle::Iso;
  profile.script = "zh-Latn";
  profile.template_folder = "/abs";
  profile.custom["bad name"] = "x";
  const std::vector<ProfileProblem> problems = check_profile_values(profile);
  ASSERT_EQ(problems.size(), 7u);
  // Then each has a kind with a message of its own in each language, naming the value
  for (const ProfileProblem& problem : problems) {
    EXPECT_NE(problem.error.problem, LoadProblem::Other) << problem.field;
    const std::string zh = problem_text(problem.error, Language::ZhCN);
    const std::string tw = problem_text(problem.error, Language::ZhTW);
    const std::string en = problem_text(problem.error, Language::En);
    EXPECT_NE(zh, en) << problem.field;
    EXPECT_NE(tw, en) << problem.field;
    EXPECT_FALSE(en.empty()) << problem.field;
  }
}

}  // namespace
}  // namespace chengbao
