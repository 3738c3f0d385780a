// Tests of ZipArchive: reading entries, and the limits that keep zip bombs and lying headers out.
#include "zip_archive.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "test_files.hpp"

namespace chengbao {
namespace {

using testing::patch_declared_size;
using testing::ScratchDir;
using testing::write_zip;

ZipArchive open(const std::string& path) {
  auto opened = ZipArchive::open(path);
  if (auto* reason = std::get_if<ReadError>(&opened)) {
    ADD_FAILURE() << reason->message;
    std::abort();
  }
  return std::get<ZipArchive>(std::move(opened));
}

// The English reason of a refusal, if any.
std::optional<std::string> message_of(const std::optional<ReadError>& error) {
  if (!error) return std::nullopt;
  return error->message;
}

TEST(ZipArchive, ReadsStoredAndDeflatedEntries) {
  ScratchDir dir;
  const std::string path = dir.path("a.zip");
  write_zip(path, {{"stored.txt", "一二三", true}, {"dir/deflated.txt", std::string(5000, 'x')}});
  const ZipArchive archive = open(path);
  EXPECT_TRUE(archive.contains("dir/deflated.txt"));
  EXPECT_FALSE(archive.contains("deflated.txt"));
  std::string data;
  EXPECT_EQ(archive.read("stored.txt", ReadLimits(), data), std::nullopt);
  EXPECT_EQ(data, "一二三");
  EXPECT_EQ(archive.read("dir/deflated.txt", ReadLimits(), data), std::nullopt);
  EXPECT_EQ(data, std::string(5000, 'x'));
  const auto missing = archive.read("missing.txt", ReadLimits(), data);
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->message, "missing missing.txt");
  EXPECT_EQ(missing->problem, LoadProblem::MissingEntry);
  EXPECT_EQ(missing->args, std::vector<std::string>{"missing.txt"});
}

TEST(ZipArchive, EmptyEntryReads) {
  ScratchDir dir;
  const std::string path = dir.path("a.zip");
  write_zip(path, {{"empty", ""}});
  std::string data = "old";
  EXPECT_EQ(open(path).read("empty", ReadLimits(), data), std::nullopt);
  EXPECT_EQ(data, "");
}

TEST(ZipArchive, SmallEntriesAreNeverRefusedForTheirRatio) {
  // 500 KiB of one byte compress about 1000 times; inflating them is harmless.
  ScratchDir dir;
  const std::string path = dir.path("a.zip");
  write_zip(path, {{"blank.xml", std::string(500u << 10, ' ')}});
  std::string data;
  EXPECT_EQ(open(path).read("blank.xml", ReadLimits(), data), std::nullopt);
  EXPECT_EQ(data.size(), 500u << 10);
}

TEST(ZipArchive, RatioLimitIsTheCallers) {
  ScratchDir dir;
  const std::string path = dir.path("a.zip");
  write_zip(path, {{"zeros", std::string(4u << 20, '\0')}});
  std::string data;
  ReadLimits limits;
  const auto bomb = open(path).read("zeros", limits, data);
  ASSERT_TRUE(bomb);
  EXPECT_EQ(bomb->message, "zip entry zeros is compressed more than 100 times (a zip bomb?)");
  EXPECT_EQ(bomb->problem, LoadProblem::EntryOverCompressed);
  EXPECT_EQ(bomb->args, (std::vector<std::string>{"zeros", "100"}));
  EXPECT_TRUE(data.empty());
  limits.max_compression_ratio = 100000;
  EXPECT_EQ(open(path).read("zeros", limits, data), std::nullopt);
  EXPECT_EQ(data.size(), 4u << 20);
}

TEST(ZipArchive, LessDataThanDeclaredIsCorrupt) {
  ScratchDir dir;
  const std::string path = dir.path("a.zip");
  write_zip(path, {{"short", std::string(1000, 'a'), true}});
  patch_declared_size(path, "short", 2000);
  std::string data;
  const auto error = open(path).read("short", ReadLimits(), data);
  ASSERT_TRUE(error.has_value());
  EXPECT_NE(error->message.find("corrupt zip entry short"), std::string::npos) << error->message;
  EXPECT_EQ(error->problem, LoadProblem::DamagedEntry);
  EXPECT_EQ(error->args, std::vector<std::string>{"short"});
}

TEST(ZipArchive, MoreDataThanDeclaredIsCorrupt) {
  ScratchDir dir;
  const std::string path = dir.path("a.zip");
  write_zip(path, {{"long", std::string(5000, 'a')}});
  patch_declared_size(path, "long", 1000);
  std::string data;
  EXPECT_EQ(message_of(open(path).read("long", ReadLimits(), data)),
            "corrupt zip entry long: more data than its declared size");
  EXPECT_TRUE(data.empty());
}

TEST(ZipArchive, EntriesNearTheSizeLimitRead) {
  // Given an entry whose size is within a read chunk (64 KiB) of the limit
  ScratchDir dir;
  const std::string path = dir.path("a.zip");
  write_zip(path, {{"near", std::string(70000, 'a')}, {"liar", std::string(200000, 'b')}});
  patch_declared_size(path, "liar", 70000);
  ReadLimits limits;
  limits.max_entry_size = 100000;
  std::string data;
  // Then a truthful one reads whole
  EXPECT_EQ(open(path).read("near", limits, data), std::nullopt);
  EXPECT_EQ(data, std::string(70000, 'a'));
  // … and one whose bytes pass the limit is too large, though it declares less.
  const auto liar = open(path).read("liar", limits, data);
  ASSERT_TRUE(liar);
  EXPECT_EQ(liar->message, "zip entry liar is larger than the limit of 100000 bytes uncompressed");
  EXPECT_EQ(liar->problem, LoadProblem::EntryTooLarge);
  EXPECT_EQ(liar->args, (std::vector<std::string>{"liar", "100000"}));
}

TEST(ZipArchive, NotAZipIsRefusedWithLibzipsReason) {
  ScratchDir dir;
  auto opened = ZipArchive::open(dir.write("a.zip", "PK\x03\x04 but nothing else"));
  ASSERT_TRUE(std::holds_alternative<ReadError>(opened));
  const ReadError& error = std::get<ReadError>(opened);
  EXPECT_EQ(error.message.rfind("not a readable zip archive: ", 0), 0u);
  EXPECT_EQ(error.problem, LoadProblem::DamagedZip);
}

}  // namespace
}  // namespace chengbao
