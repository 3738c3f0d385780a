// Tests of institution packs on disk: build, check and install, and every hostile pack refused
// with the installed version left exactly as it was.
#include "pack_file.hpp"

#include <zip.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "test_files.hpp"

namespace chengbao {
namespace {

namespace fs = std::filesystem;
using testing::read_bytes;
using testing::ScratchDir;

const std::string kTemplates = CHENGBAO_SOURCE_TEMPLATE_DIR;
const std::string kExample = kTemplates + "/packs/example";

PackOptions options() {
  PackOptions options;
  options.shipped_dir = kTemplates;
  return options;
}

struct Entry {
  std::string name;
  std::string data;
  zip_uint32_t mode = 0100644;  ///< Unix mode: 0120777 is a symbolic link
};

// A zip written entry by entry with libzip, whatever the names and modes (a hostile pack).
void write_pack(const std::string& path, const std::vector<Entry>& entries) {
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  ASSERT_NE(archive, nullptr);
  for (const Entry& entry : entries) {
    zip_source_t* source = zip_source_buffer(archive, entry.data.data(), entry.data.size(), 0);
    const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    ASSERT_GE(index, 0) << entry.name << ": " << zip_strerror(archive);
    ASSERT_EQ(zip_file_set_external_attributes(archive, static_cast<zip_uint64_t>(index), 0,
                                               ZIP_OPSYS_UNIX, entry.mode << 16),
              0);
  }
  ASSERT_EQ(zip_close(archive), 0);
}

std::string manifest(const std::string& version, const std::string& entries) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<pack format=\"1\" id=\"dhbank-binjiang\" version=\"" +
         version +
         "\">\n  <name>东湖银行滨江支行报告模板包</name>\n"
         "  <publisher>办公室</publisher>\n" +
         entries + "</pack>\n";
}

std::string example(const std::string& name) { return read_bytes(kExample + "/" + name); }

// The example pack's files at `version`, with `extra` entries after them.
std::vector<Entry> example_entries(const std::string& version, std::vector<Entry> extra = {}) {
  std::vector<Entry> entries = {
      {"pack.xml", manifest(version,
                            "  <profile path=\"profile.xml\"/>\n"
                            "  <template path=\"house/dhbank-work-report.xml\"/>\n")},
      {"profile.xml", example("profile.xml")},
      {"house/dhbank-work-report.xml", example("house/dhbank-work-report.xml")},
  };
  entries.insert(entries.end(), extra.begin(), extra.end());
  return entries;
}

// Every file under `folder` with its bytes: what "unchanged" is compared by.
std::map<std::string, std::string> snapshot(const std::string& folder) {
  std::map<std::string, std::string> files;
  for (const auto& item : fs::recursive_directory_iterator(folder)) {
    const std::string name = fs::relative(item.path(), folder).string();
    files[name] = item.is_regular_file() ? read_bytes(item.path().string()) : "<folder>";
  }
  return files;
}

LoadError error_of(const std::variant<InstalledPack, LoadError>& result) {
  if (const auto* error = std::get_if<LoadError>(&result)) return *error;
  ADD_FAILURE() << "installed, expected a refusal";
  return {};
}

class PackTest : public ::testing::Test {
 protected:
  // Version 1.0.0 of the example pack, installed in packs/.
  void SetUp() override {
    packs = dir.path("packs");
    const std::string file = dir.path("v1.cbpack");
    write_pack(file, example_entries("1.0.0"));
    const auto installed = install_pack(file, packs, options());
    ASSERT_TRUE(std::holds_alternative<InstalledPack>(installed))
        << std::get<LoadError>(installed).to_string();
    before = snapshot(packs);
  }

  // Installing `entries` is refused with `problem`; nothing in packs/ changes, nothing is left.
  void expect_refused(const std::vector<Entry>& entries, LoadProblem problem,
                      const PackLimits& limits = PackLimits()) {
    const std::string file = dir.path("hostile.cbpack");
    write_pack(file, entries);
    PackOptions with_limits = options();
    with_limits.limits = limits;
    const LoadError error = error_of(install_pack(file, packs, with_limits));
    EXPECT_EQ(error.problem, problem) << error.to_string();
    EXPECT_NE(error.file.find("hostile.cbpack"), std::string::npos) << error.to_string();
    EXPECT_EQ(snapshot(packs), before) << error.to_string();
    // check_pack judges the file alone: it does not know what is installed.
    if (problem == LoadProblem::PackNotNewer) return;
    const auto checked = check_pack(file, with_limits);
    ASSERT_TRUE(std::holds_alternative<LoadError>(checked));
    EXPECT_EQ(std::get<LoadError>(checked).problem, problem);
    // The private folders the pack was unpacked into are never named.
    for (const std::string& arg : error.args) EXPECT_EQ(arg.find(".new-"), std::string::npos);
    EXPECT_EQ(std::get<LoadError>(checked).to_string().find("chengbao-pack-"), std::string::npos);
  }

  ScratchDir dir;
  std::string packs;
  std::map<std::string, std::string> before;
};

TEST(PackBuild, TheExamplePackBuildsChecksAndInstalls) {
  // Given the example pack's source folder
  ScratchDir dir;
  const std::string file = dir.path("example.cbpack");
  // When it is built twice, checked and installed
  const auto built = build_pack(kExample, file, options());
  ASSERT_TRUE(std::holds_alternative<PackManifest>(built))
      << std::get<LoadError>(built).to_string();
  const std::string again = dir.path("again.cbpack");
  ASSERT_TRUE(std::holds_alternative<PackManifest>(build_pack(kExample, again, options())));
  const auto checked = check_pack(file, options());
  ASSERT_TRUE(std::holds_alternative<PackManifest>(checked))
      << std::get<LoadError>(checked).to_string();
  const auto installed = install_pack(file, dir.path("packs"), options());
  ASSERT_TRUE(std::holds_alternative<InstalledPack>(installed))
      << std::get<LoadError>(installed).to_string();
  // Then the same source made the same bytes, and the installed folder is the source's files
  const PackManifest& pack = std::get<PackManifest>(checked);
  EXPECT_EQ(read_bytes(file), read_bytes(again));
  EXPECT_EQ(pack.id, "dhbank-binjiang");
  EXPECT_EQ(pack.version.text, "1.0.0");
  ASSERT_EQ(pack.entries.size(), 2u);
  const InstalledPack& result = std::get<InstalledPack>(installed);
  EXPECT_EQ(result.folder, dir.path("packs") + "/dhbank-binjiang");
  EXPECT_FALSE(result.replaced);
  for (const char* name : {"pack.xml", "profile.xml", "house/dhbank-work-report.xml"}) {
    EXPECT_EQ(read_bytes(result.folder + "/" + name), example(name)) << name;
  }
  EXPECT_EQ(snapshot(dir.path("packs")).size(), 5u);  // the folder, house/ and three files
  // and no temporary file is left beside the pack
  EXPECT_EQ(snapshot(dir.path("")).size(), 2u + 5u + 1u);
}

TEST(PackBuild, AnInvalidTemplateIsNamedWithItsLineAndNothingIsWritten) {
  ScratchDir dir;
  const std::string source = dir.path("src");
  fs::create_directories(source + "/house");
  dir.write("src/pack.xml", manifest("1.0", "  <template path=\"house/a.xml\"/>\n"));
  dir.write("src/house/a.xml",
            "<?xml version=\"1.0\"?>\n<template format=\"1\" id=\"a\" extends=\"work-report\">\n"
            "  <bogus/>\n</template>\n");
  const auto built = build_pack(source, dir.path("a.cbpack"), options());
  ASSERT_TRUE(std::holds_alternative<LoadError>(built));
  const LoadError& error = std::get<LoadError>(built);
  EXPECT_EQ(error.file, source + "/house/a.xml");
  EXPECT_EQ(error.line, 3);
  EXPECT_FALSE(fs::exists(dir.path("a.cbpack")));
}

TEST(PackBuild, ALinkInTheSourceFolderIsRefused) {
  // A link could carry any file of the builder's machine into the pack.
  ScratchDir dir;
  const std::string source = dir.path("src");
  fs::create_directories(source);
  dir.write("src/pack.xml", manifest("1.0", "  <profile path=\"profile.xml\"/>\n"));
  fs::create_symlink(kExample + "/profile.xml", source + "/profile.xml");
  const auto built = build_pack(source, dir.path("a.cbpack"), options());
  ASSERT_TRUE(std::holds_alternative<LoadError>(built));
  EXPECT_EQ(std::get<LoadError>(built).problem, LoadProblem::PackNotRegular);
  EXPECT_FALSE(fs::exists(dir.path("a.cbpack")));
}

TEST(PackUnpack, UnpacksTheListedFilesIntoANewFolderOnly) {
  ScratchDir dir;
  const std::string file = dir.path("a.cbpack");
  write_pack(file, example_entries("1.0"));
  const auto unpacked = unpack_pack(file, dir.path("out"), PackLimits());
  ASSERT_TRUE(std::holds_alternative<PackManifest>(unpacked))
      << std::get<LoadError>(unpacked).to_string();
  EXPECT_EQ(read_bytes(dir.path("out") + "/house/dhbank-work-report.xml"),
            example("house/dhbank-work-report.xml"));
  EXPECT_EQ(snapshot(dir.path("out")).size(), 4u);
  // An existing folder is never written into.
  const auto again = unpack_pack(file, dir.path("out"), PackLimits());
  ASSERT_TRUE(std::holds_alternative<LoadError>(again));
  EXPECT_EQ(std::get<LoadError>(again).problem, LoadProblem::CannotWrite);
}

TEST_F(PackTest, ANewerVersionReplacesTheInstalledOne) {
  const std::string file = dir.path("v2.cbpack");
  std::vector<Entry> entries = example_entries("1.1");
  entries[1].data += "<!-- 1.1 -->\n";
  write_pack(file, entries);
  const auto installed = install_pack(file, packs, options());
  ASSERT_TRUE(std::holds_alternative<InstalledPack>(installed))
      << std::get<LoadError>(installed).to_string();
  const InstalledPack& result = std::get<InstalledPack>(installed);
  ASSERT_TRUE(result.replaced);
  EXPECT_EQ(result.replaced->text, "1.0.0");
  EXPECT_EQ(read_bytes(result.folder + "/profile.xml"), entries[1].data);
  // The old version is gone, and nothing else is left in packs/
  EXPECT_EQ(snapshot(packs).size(), 5u);
}

TEST_F(PackTest, TheSameVersionOrAnOlderOneIsRefusedUnlessForced) {
  expect_refused(example_entries("1.0"), LoadProblem::PackNotNewer);
  expect_refused(example_entries("0.9.9"), LoadProblem::PackNotNewer);
  const std::string file = dir.path("old.cbpack");
  write_pack(file, example_entries("0.9"));
  PackOptions forced = options();
  forced.force = true;
  EXPECT_TRUE(std::holds_alternative<InstalledPack>(install_pack(file, packs, forced)));
  // The caller's record of what is installed counts over the folder's
  EXPECT_TRUE(std::holds_alternative<LoadError>(
      install_pack(file, packs, options(), parse_pack_version("2.0"))));
}

TEST_F(PackTest, AnInvalidProfileIsRefusedNamingTheEntryAndLine) {
  std::vector<Entry> entries = example_entries("2.0");
  entries[1].data = "<?xml version=\"1.0\"?>\n<profile format=\"1\">\n  <bogus/>\n</profile>\n";
  expect_refused(entries, LoadProblem::UnknownElement);
  write_pack(dir.path("bad.cbpack"), entries);
  const LoadError error = error_of(install_pack(dir.path("bad.cbpack"), packs, options()));
  EXPECT_EQ(error.file, dir.path("bad.cbpack") + "[profile.xml]");
  EXPECT_EQ(error.line, 3);
}

TEST_F(PackTest, AnInvalidTemplateIsRefused) {
  std::vector<Entry> entries = example_entries("2.0");
  entries[2].data = "<template format=\"1\" id=\"x\" extends=\"no-such-template\"/>";
  expect_refused(entries, LoadProblem::ParentNotFound);
}

TEST_F(PackTest, ZipSlipNamesAreRefused) {
  for (const char* name : {"../evil.xml", "house/../../evil.xml", "/tmp/evil.xml",
                           "house\\..\\..\\evil.xml", "C:/evil.xml", "./pack2.xml"}) {
    SCOPED_TRACE(name);
    expect_refused(example_entries("2.0", {{name, "<x/>"}}), LoadProblem::PackUnsafePath);
  }
  EXPECT_FALSE(fs::exists(dir.path("evil.xml")));
  EXPECT_FALSE(fs::exists("/tmp/evil.xml"));
}

TEST_F(PackTest, LinksAndFoldersAreRefused) {
  std::vector<Entry> link = example_entries("2.0");
  link[1].mode = 0120777;
  link[1].data = "/etc/passwd";
  expect_refused(link, LoadProblem::PackNotRegular);
  expect_refused(example_entries("2.0", {{"house/", "", 040755}}), LoadProblem::PackNotRegular);
}

TEST_F(PackTest, CodeAndOtherFilesAreRefused) {
  expect_refused(example_entries("2.0", {{"macro.py", "print(1)"}}), LoadProblem::PackNotXml);
  expect_refused(example_entries("2.0", {{"lib.so.xml.so",
                                          "\x7f"
                                          "ELF"}}),
                 LoadProblem::PackNotXml);
}

TEST_F(PackTest, EntriesNotListedAreRefused) {
  expect_refused(example_entries("2.0", {{"house/extra.xml", "<x/>"}}), LoadProblem::PackNotListed);
}

TEST_F(PackTest, AListedEntryThatIsMissingIsRefused) {
  std::vector<Entry> entries = example_entries("2.0");
  entries.pop_back();
  expect_refused(entries, LoadProblem::MissingEntry);
}

TEST_F(PackTest, AnEntryStoredTwiceIsRefused) {
  // libzip will not store a name twice: a look-alike name is renamed in the bytes afterwards.
  const std::string file = dir.path("twice.cbpack");
  write_pack(file, example_entries("2.0", {{"profilf.xml", "<x/>"}}));
  std::string bytes = read_bytes(file);
  for (std::size_t at = bytes.find("profilf.xml"); at != std::string::npos;
       at = bytes.find("profilf.xml", at)) {
    bytes[at + 6] = 'e';
  }
  const std::string patched = dir.write("patched.cbpack", bytes);
  const LoadError error = error_of(install_pack(patched, packs, options()));
  EXPECT_EQ(error.problem, LoadProblem::PackEntryRepeated) << error.to_string();
  EXPECT_EQ(snapshot(packs), before);
}

TEST_F(PackTest, HostileXmlIsRefused) {
  const std::string doctype =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE profile [<!ENTITY a \"aaaaaaaaaa\">"
      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<profile format=\"1\">&b;</profile>\n";
  std::vector<Entry> entries = example_entries("2.0");
  entries[1].data = doctype;
  expect_refused(entries, LoadProblem::DoctypeRefused);
  entries = example_entries("2.0");
  entries[0].data.insert(entries[0].data.find("<pack"),
                         "<!DOCTYPE pack SYSTEM \"file:///etc/passwd\">\n");
  expect_refused(entries, LoadProblem::DoctypeRefused);
}

TEST_F(PackTest, OversizedPacksAreRefused) {
  PackLimits few;
  few.max_entries = 2;
  expect_refused(example_entries("2.0"), LoadProblem::PackTooManyEntries, few);
  PackLimits small_entries;
  small_entries.max_entry_size = 1000;
  expect_refused(example_entries("2.0"), LoadProblem::EntryTooLarge, small_entries);
  PackLimits small_total;
  small_total.max_total_size = 2000;
  expect_refused(example_entries("2.0"), LoadProblem::PackTooLarge, small_total);
  // 3 MiB of one repeated character deflates a thousandfold: a zip bomb's shape.
  std::vector<Entry> bomb = example_entries("2.0");
  bomb[1].data.insert(bomb[1].data.find("<profile"), "<!--" + std::string(3u << 20, 'a') + "-->");
  expect_refused(bomb, LoadProblem::EntryOverCompressed);
}

TEST_F(PackTest, AFileThatIsNotAZipIsRefused) {
  const std::string file = dir.write("not.cbpack", "PK\3\4 not really");
  const LoadError error = error_of(install_pack(file, packs, options()));
  EXPECT_EQ(error.problem, LoadProblem::DamagedZip);
  EXPECT_EQ(snapshot(packs), before);
  expect_refused({{"profile.xml", example("profile.xml")}}, LoadProblem::MissingEntry);
}

}  // namespace
}  // namespace chengbao
