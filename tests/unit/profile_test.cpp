// Tests of profile.hpp: the example profile, profile validation and the fields it provides.
#include "profile.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace chengbao {
namespace {

using test::data_file;
using test::error_of;
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
  EXPECT_EQ(profile.date_style, DateStyle::Gbt9704);
  ASSERT_EQ(profile.custom.size(), 1u);
  EXPECT_EQ(profile.custom.at("contact"), "周敏，联系电话：0000-12345678");
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
      {"contact", "周敏，联系电话：0000-12345678"},
  };
  EXPECT_EQ(profile.fields(), expected);
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
          "  <field name=\"contact\">周敏</field>\n  <field name=\"doc_no\">滨银</field>\n"),
      "p.xml"));
  EXPECT_EQ(profile.custom.at("contact"), "周敏");
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
  EXPECT_EQ(parse_error(profile_with("  <field name=\"a\">x</field>\n"
                                     "  <field name=\"a\">y</field>\n"))
                .to_string(),
            "p.xml:9: field 'a' is given more than once");
}

TEST(ProfileTest, ValuesHoldOnlyText) {
  EXPECT_EQ(parse_error(profile_with("  <signatory>林<b>志远</b></signatory>\n")).to_string(),
            "p.xml:8: <signatory> may hold only text, found <b>");
}

}  // namespace
}  // namespace chengbao
