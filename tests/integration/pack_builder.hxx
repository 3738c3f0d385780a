// Packs for the pack tests: the example pack built by the command line in a version of choice,
// and hand-made zips (hostile or broken packs the command line refuses to build).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <zip.h>
#include <com/sun/star/util/PathSubstitution.hpp>

#include "office_fixture.hxx"

namespace chengbao::testing {

inline const std::filesystem::path kExamplePack =
    std::filesystem::path(CHENGBAO_SOURCE_DIR) / "templates" / "packs" / "example";

/// `text` with its first `from` replaced by `to` (which must be there).
inline std::string replacedOnce(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

/// The example pack's source copied into `workDir`, its version set, then `edit` applied to the
/// copy (add files, change pack.xml), built by the command line; the .cbpack's path.
template <typename Edit>
std::filesystem::path buildExamplePack(const std::filesystem::path& workDir,
                                       const std::string& version, Edit edit) {
  namespace fs = std::filesystem;
  const fs::path source = workDir / ("src-" + version);
  fs::remove_all(source);
  fs::copy(kExamplePack, source, fs::copy_options::recursive);
  const std::string manifest = replacedOnce(readFile(source / "pack.xml"), "version=\"1.0.0\"",
                                            "version=\"" + version + "\"");
  std::ofstream(source / "pack.xml", std::ios::trunc) << manifest;
  edit(source);
  const fs::path pack = workDir / ("example-" + version + ".cbpack");
  const std::string command = std::string(CHENGBAO_CLI) + " pack build '" + source.string() +
                              "' -o '" + pack.string() + "' > '" +
                              (workDir / "build.txt").string() + "' 2>&1";
  EXPECT_EQ(std::system(command.c_str()), 0) << readFile(workDir / "build.txt");
  return pack;
}

inline std::filesystem::path buildExamplePack(const std::filesystem::path& workDir,
                                              const std::string& version) {
  return buildExamplePack(workDir, version, [](const std::filesystem::path&) {});
}

/// A zip with these entries (name → bytes), written by libzip.
inline void writeZip(const std::filesystem::path& file,
                     const std::vector<std::pair<std::string, std::string>>& entries) {
  int error = 0;
  zip_t* archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  ASSERT_NE(archive, nullptr);
  for (const auto& [name, bytes] : entries) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    ASSERT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0) << name;
  }
  ASSERT_EQ(zip_close(archive), 0);
}

/// This office's packs folder, $(user)/chengbao/packs.
inline std::filesystem::path officePacksDir(Office& office) {
  const std::string user = ext::toSystemPath(
      css::util::PathSubstitution::create(office.context())->substituteVariables("$(user)", true));
  return std::filesystem::path(user) / "chengbao" / "packs";
}

}  // namespace chengbao::testing
