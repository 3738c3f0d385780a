// vnd.chengbao:ImportPack in a real office: an institution pack from a file: URL and from an
// http:// URL on a server this test runs, its template inserted by id with its profile; a newer
// version replaces it; hostile packs are refused and change nothing.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "http_test_server.hpp"
#include "office_fixture.hxx"
#include "pack_builder.hxx"

namespace {

using namespace chengbao::testing;
namespace fs = std::filesystem;

constexpr const char kPackName[] = "东湖银行股份有限公司滨江支行";  // the example pack's profile

/// Every paragraph's text, joined.
std::string allText(const Doc& document) {
  std::string text;
  for (const auto& paragraph : paragraphs(document)) text += paragraph.text + "\n";
  return text;
}

class ImportPackTest : public OfficeTest {
 protected:
  void SetUp() override {
    OfficeTest::SetUp();
    // Each test starts without installed packs (they live in the office profile's user folder).
    packs_ = officePacksDir(*office_);
    fs::remove_all(packs_);
  }

  /// The example pack in `version`, built by the command line.
  fs::path buildPack(const std::string& version) { return buildExamplePack(workDir_, version); }

  std::string fileUrl(const fs::path& path) { return "file://" + path.string(); }

  /// InsertReport with the pack's house template and the profile in use.
  std::string insertHouseReport() {
    const DispatchOutcome outcome =
        dispatch("InsertReport", {{"Template", "dhbank-work-report"}, {"Date", "2026-11-28"}});
    EXPECT_TRUE(outcome.success) << outcome.message;
    return allText(doc_);
  }

  fs::path packs_;
};

TEST_F(ImportPackTest, APackFromAFileUrlGivesItsTemplateAndProfile) {
  const fs::path pack = buildPack("1.0.0");
  const DispatchOutcome outcome = dispatch("ImportPack", {{"URL", fileUrl(pack)}, {"Use", "true"}});
  ASSERT_TRUE(outcome.success) << outcome.message;
  EXPECT_NE(outcome.message.find("dhbank-binjiang 1.0.0"), std::string::npos) << outcome.message;
  EXPECT_TRUE(fs::exists(packs_ / "dhbank-binjiang" / "pack.xml"));
  const std::string text = insertHouseReport();
  EXPECT_NE(text.find(kPackName), std::string::npos) << text;
  EXPECT_NE(text.find("风险"), std::string::npos) << "the house template's own section: " << text;
}

TEST_F(ImportPackTest, APackFromAnHttpServerInstallsAndANewerVersionReplacesIt) {
  const std::string first = readFile(buildPack("1.0.0"));
  const std::string second = readFile(buildPack("2.0.0"));
  ASSERT_FALSE(first.empty());
  const TestServer server([&](const std::string& path) -> std::optional<std::string> {
    if (path == "/packs/v1.cbpack") return ok(first);
    if (path == "/packs/v2.cbpack") return ok(second);
    return std::string("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
  });
  DispatchOutcome outcome =
      dispatch("ImportPack", {{"URL", server.url("/packs/v1.cbpack")}, {"Use", "true"}});
  ASSERT_TRUE(outcome.success) << outcome.message;
  EXPECT_NE(insertHouseReport().find(kPackName), std::string::npos);

  // The same version again is refused, and the one installed stays.
  outcome = dispatch("ImportPack", {{"URL", server.url("/packs/v1.cbpack")}});
  EXPECT_FALSE(outcome.success);
  EXPECT_NE(readFile(packs_ / "dhbank-binjiang" / "pack.xml").find("version=\"1.0.0\""),
            std::string::npos);

  outcome = dispatch("ImportPack", {{"URL", server.url("/packs/v2.cbpack")}});
  ASSERT_TRUE(outcome.success) << outcome.message;
  EXPECT_NE(readFile(packs_ / "dhbank-binjiang" / "pack.xml").find("version=\"2.0.0\""),
            std::string::npos);

  // A missing pack is said with the server's status.
  outcome = dispatch("ImportPack", {{"URL", server.url("/packs/none.cbpack")}});
  EXPECT_FALSE(outcome.success);
  EXPECT_NE(outcome.message.find("404"), std::string::npos) << outcome.message;
}

TEST_F(ImportPackTest, HostilePacksAreRefusedAndTheInstalledOneStays) {
  ASSERT_TRUE(dispatch("ImportPack", {{"URL", fileUrl(buildPack("1.0.0"))}}).success);
  const fs::path installed = packs_ / "dhbank-binjiang";
  const std::string manifest = readFile(installed / "pack.xml");
  const std::string profile = readFile(installed / "profile.xml");
  const std::string newer =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pack format=\"1\" id=\"dhbank-binjiang\" "
      "version=\"9.0.0\">\n  <name>x</name>\n  <publisher>x</publisher>\n"
      "  <profile path=\"profile.xml\"/>\n</pack>\n";
  const std::string hostileXml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY a \"aaaaaaaaaa\">]>\n<profile format=\"1\">"
      "&a;</profile>\n";
  struct Hostile {
    const char* name;
    std::vector<std::pair<std::string, std::string>> entries;
  };
  const std::vector<Hostile> packs = {
      {"zip-slip", {{"pack.xml", newer}, {"profile.xml", profile}, {"../evil.xml", profile}}},
      {"hostile XML", {{"pack.xml", newer}, {"profile.xml", hostileXml}}},
      {"code", {{"pack.xml", newer}, {"profile.xml", profile}, {"macro.py", "import os\n"}}},
      {"not a zip", {}},
  };
  for (const Hostile& hostile : packs) {
    const fs::path file = workDir_ / "hostile.cbpack";
    if (hostile.entries.empty())
      std::ofstream(file, std::ios::trunc) << "not a zip at all";
    else
      writeZip(file, hostile.entries);
    const DispatchOutcome outcome = dispatch("ImportPack", {{"URL", fileUrl(file)}});
    ASSERT_TRUE(outcome.answered) << hostile.name;
    EXPECT_FALSE(outcome.success) << hostile.name;
    EXPECT_FALSE(outcome.message.empty()) << hostile.name;
    EXPECT_EQ(readFile(installed / "pack.xml"), manifest) << hostile.name;
    EXPECT_EQ(readFile(installed / "profile.xml"), profile) << hostile.name;
    EXPECT_FALSE(fs::exists(packs_ / "evil.xml")) << hostile.name;
    EXPECT_FALSE(fs::exists(packs_.parent_path() / "evil.xml")) << hostile.name;
  }
  // Nothing of the refused packs is left beside the installed one.
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(packs_)) left.push_back(entry.path().filename());
  EXPECT_EQ(left, std::vector<std::string>{"dhbank-binjiang"});
}

}  // namespace
