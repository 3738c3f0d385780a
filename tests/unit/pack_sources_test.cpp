// Tests of the recorded pack sources ("id\turl\tversion") and the once-a-day update rule.
#include "pack_sources.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace chengbao {
namespace {

TEST(PackSourceTest, AnEntryReadsBackAsItWasWritten) {
  const PackSource source{"dhbank-binjiang", "http://127.0.0.1:8080/pack.cbpack", "1.0.0"};
  const std::string entry = format_pack_source(source);
  EXPECT_EQ(entry, "dhbank-binjiang\thttp://127.0.0.1:8080/pack.cbpack\t1.0.0");
  const auto parsed = parse_pack_source(entry);
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->id, source.id);
  EXPECT_EQ(parsed->url, source.url);
  EXPECT_EQ(parsed->version, source.version);
}

TEST(PackSourceTest, EntriesOfAnotherShapeAreSkipped) {
  for (const char* text : {"", "dhbank", "dhbank\thttp://x/p.cbpack", "\thttp://x\t1",
                           "dhbank\t\t1", "dhbank\thttp://x\t", "a\thttp://x\t1\textra"})
    EXPECT_FALSE(parse_pack_source(text)) << text;
}

TEST(PackSourceTest, ATabInAFieldDoesNotShiftTheOthers) {
  const auto parsed = parse_pack_source(format_pack_source({"a", "http://x/a\tb", "1"}));
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->url, "http://x/a b");
  EXPECT_EQ(parsed->version, "1");
}

TEST(PackSourceTest, RecordingReplacesThePackOfTheSameId) {
  std::vector<PackSource> sources{{"a", "http://x/a", "1"}, {"b", "http://x/b", "1"}};
  record_pack_source(sources, {"a", "https://y/a", "2"});
  record_pack_source(sources, {"c", "http://x/c", "1"});
  ASSERT_EQ(sources.size(), 3u);
  EXPECT_EQ(sources[0].url, "https://y/a");
  EXPECT_EQ(sources[0].version, "2");
  EXPECT_EQ(sources[1].id, "b");
  EXPECT_EQ(sources[2].id, "c");
}

TEST(PackSourceTest, OnlyHttpAndHttpsAreFollowed) {
  EXPECT_TRUE(is_remote_pack_url("http://127.0.0.1/p.cbpack"));
  EXPECT_TRUE(is_remote_pack_url("HTTPS://intranet/p.cbpack"));
  EXPECT_FALSE(is_remote_pack_url("file:///tmp/p.cbpack"));
  EXPECT_FALSE(is_remote_pack_url("/tmp/p.cbpack"));
  EXPECT_FALSE(is_remote_pack_url("ftp://x/p.cbpack"));
}

TEST(PackUpdateDueTest, OnceADay) {
  const std::int64_t now = 1796000000;  // 2026-11-29
  EXPECT_TRUE(pack_update_due(0, now)) << "never checked";
  EXPECT_FALSE(pack_update_due(now, now));
  EXPECT_FALSE(pack_update_due(now - kPackUpdateInterval + 1, now));
  EXPECT_TRUE(pack_update_due(now - kPackUpdateInterval, now));
  EXPECT_TRUE(pack_update_due(now + 3600, now)) << "the clock went back: not waited for";
}

}  // namespace
}  // namespace chengbao
