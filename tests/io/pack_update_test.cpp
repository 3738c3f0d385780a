// Tests of check_pack_updates: a newer version at a source is an update, the same or an older one
// is nothing, and a source that does not give a valid pack of the recorded id is a failure naming
// its URL; nothing is installed and nothing is left in the scratch folder. The sources are file:
// URLs (download() fetches them as it fetches http:); the HTTP path is the integration tests'.
#include "pack_update.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_files.hpp"

namespace chengbao {
namespace {

namespace fs = std::filesystem;
using testing::read_bytes;
using testing::ScratchDir;

const std::string kTemplates = CHENGBAO_SOURCE_TEMPLATE_DIR;

class PackUpdateCheckTest : public ::testing::Test {
 protected:
  PackUpdateCheckTest() { options_.shipped_dir = kTemplates; }

  /// The example pack built at `version` (with `id`); its file: URL.
  std::string pack(const std::string& version, const std::string& id = "dhbank-binjiang") {
    const fs::path source = scratch_.path("src-" + id + "-" + version);
    fs::copy(kTemplates + "/packs/example", source, fs::copy_options::recursive);
    std::string manifest = read_bytes((source / "pack.xml").string());
    for (const auto& [from, to] :
         {std::pair<std::string, std::string>{"version=\"1.0.0\"", "version=\"" + version + "\""},
          {"id=\"dhbank-binjiang\"", "id=\"" + id + "\""}})
      manifest.replace(manifest.find(from), from.size(), to);
    std::ofstream((source / "pack.xml").string(), std::ios::trunc) << manifest;
    const std::string out = scratch_.path(id + "-" + version + ".cbpack");
    const auto built = build_pack(source.string(), out, options_);
    EXPECT_TRUE(std::holds_alternative<PackManifest>(built));
    return "file://" + out;
  }

  PackUpdateCheck check(const std::vector<PackSource>& sources) {
    return check_pack_updates(sources, scratch_.path("packs"), options_);
  }

  ScratchDir scratch_;
  PackOptions options_;
};

TEST_F(PackUpdateCheckTest, ANewerVersionIsAnUpdate) {
  const std::string url = pack("2.0.0");
  const PackUpdateCheck result = check({{"dhbank-binjiang", url, "1.0.0"}});
  ASSERT_EQ(result.updates.size(), 1u);
  EXPECT_TRUE(result.failures.empty());
  EXPECT_EQ(result.updates[0].source.version, "1.0.0");
  EXPECT_EQ(result.updates[0].offered.version.text, "2.0.0");
  EXPECT_EQ(result.updates[0].offered.entries.size(), 2u);
  // Checked in a private file that is gone again; nothing installed.
  EXPECT_TRUE(fs::is_empty(scratch_.path("packs")));
}

TEST_F(PackUpdateCheckTest, TheSameOrAnOlderVersionIsNothing) {
  const std::string url = pack("1.2.0");
  for (const char* installed : {"1.2", "1.2.0", "1.10"}) {
    const PackUpdateCheck result = check({{"dhbank-binjiang", url, installed}});
    EXPECT_TRUE(result.updates.empty()) << installed;
    EXPECT_TRUE(result.failures.empty()) << installed;
  }
}

TEST_F(PackUpdateCheckTest, AnUnreadableRecordedVersionIsOlderThanAny) {
  EXPECT_EQ(check({{"dhbank-binjiang", pack("1.0.0"), "x"}}).updates.size(), 1u);
}

TEST_F(PackUpdateCheckTest, WhatIsNoValidPackOfTheRecordedIdIsAFailureNamingTheUrl) {
  const std::string other = pack("2.0.0", "other-bank");
  const std::string broken = "file://" + scratch_.write("broken.cbpack", "not a zip at all");
  const std::string missing = "file://" + scratch_.path("missing.cbpack");
  const std::string newer = pack("3.0.0");
  const PackUpdateCheck result = check({{"dhbank-binjiang", other, "1.0.0"},
                                        {"dhbank-binjiang", broken, "1.0.0"},
                                        {"dhbank-binjiang", missing, "1.0.0"},
                                        {"dhbank-binjiang", newer, "1.0.0"}});
  ASSERT_EQ(result.failures.size(), 3u);
  EXPECT_EQ(result.failures[0].error.file, other);
  EXPECT_NE(result.failures[0].error.message.find("other-bank"), std::string::npos);
  EXPECT_EQ(result.failures[1].error.file.rfind(broken, 0), 0u) << result.failures[1].error.file;
  EXPECT_EQ(result.failures[2].error.file, missing);
  // One failing source does not hide another's update.
  ASSERT_EQ(result.updates.size(), 1u);
  EXPECT_EQ(result.updates[0].offered.version.text, "3.0.0");
  EXPECT_TRUE(fs::is_empty(scratch_.path("packs")));
}

}  // namespace
}  // namespace chengbao
