// Tests of write_fixes on small documents written by the tests: what changes in the file is the
// fixed text and nothing else, whatever XML carries it, and what cannot be written is left.
#include "document_fixer.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "test_files.hpp"

namespace chengbao {
namespace {

using testing::docx_entries;
using testing::flat_odf;
using testing::read_bytes;
using testing::read_ok;
using testing::ScratchDir;
using testing::write_zip;

TextEdit edit(int paragraph, int offset, int length, std::string original,
              std::string replacement) {
  TextEdit made;
  made.paragraph = paragraph;
  made.offset = offset;
  made.length = length;
  made.original = std::move(original);
  made.replacement = std::move(replacement);
  made.rule = "test";
  return made;
}

WrittenFixes fix(const std::string& path, const std::vector<TextEdit>& edits) {
  auto written = write_fixes(path, edits, FixTarget{path, false});
  if (auto* error = std::get_if<LoadError>(&written)) {
    ADD_FAILURE() << error->to_string();
    return {};
  }
  return std::get<WrittenFixes>(written);
}

std::string text_of(const std::string& path, std::size_t paragraph = 0) {
  return read_ok(path).paragraphs.at(paragraph).text;
}

TEST(DocumentFixer, EntitiesAroundTheFixAreKeptAsWritten) {
  ScratchDir dir;
  const std::string path = dir.write("a.fodt", flat_odf("<text:p>甲&amp;乙,丙&#x4E01;</text:p>"));
  const std::string before = read_bytes(path);
  const WrittenFixes written = fix(path, {edit(0, 3, 1, ",", "，")});
  EXPECT_EQ(written.applied.size(), 1u);
  EXPECT_EQ(text_of(path), "甲&乙，丙丁");
  std::string expected = before;
  expected.replace(expected.find("乙,丙"), std::string("乙,丙").size(), "乙，丙");
  EXPECT_EQ(read_bytes(path), expected);  // &amp; and &#x4E01; stay as they were written
}

TEST(DocumentFixer, AFixOverTwoSpansKeepsEachSpansCharacters) {
  ScratchDir dir;
  const std::string path = dir.write(
      "a.fodt",
      flat_odf("<text:p>文号【<text:span text:style-name=\"B\">2026</text:span>】5号</text:p>"));
  // Same length: each character replaced where it stands.
  const WrittenFixes written = fix(path, {edit(0, 2, 6, "【2026】", "〔2026〕")});
  EXPECT_EQ(written.applied.size(), 1u);
  EXPECT_EQ(text_of(path), "文号〔2026〕5号");
  EXPECT_NE(read_bytes(path).find("<text:span text:style-name=\"B\">2026</text:span>〕"),
            std::string::npos);
}

TEST(DocumentFixer, SpacesWrittenAsElementsOrFoldedGoWhole) {
  ScratchDir dir;
  const std::string path = dir.write(
      "a.fodt", flat_odf("<text:p>汉 <text:s text:c=\"2\"/>字</text:p><text:p>中  \n 文</text:p>"));
  ASSERT_EQ(text_of(path, 0), "汉   字");
  ASSERT_EQ(text_of(path, 1), "中 文");
  const WrittenFixes written = fix(path, {edit(0, 1, 3, "   ", ""), edit(1, 1, 1, " ", "")});
  EXPECT_EQ(written.applied.size(), 2u);
  EXPECT_EQ(text_of(path, 0), "汉字");
  EXPECT_EQ(text_of(path, 1), "中文");
}

TEST(DocumentFixer, TextATabOrAFieldHoldsIsLeftAndTheRestIsWritten) {
  ScratchDir dir;
  const std::string path = dir.write(
      "a.fodt", flat_odf("<text:p>甲<text:tab/>乙,丙</text:p><text:p>第<text:page-number>3"
                         "</text:page-number>页,</text:p>"));
  const WrittenFixes written = fix(
      path, {edit(0, 0, 3, "甲\t乙", "甲乙"), edit(1, 1, 1, "3", "三"), edit(1, 3, 1, ",", "，")});
  ASSERT_EQ(written.left.size(), 2u);
  EXPECT_EQ(written.left[0].original, "甲\t乙");
  EXPECT_EQ(written.left[1].original, "3");
  ASSERT_EQ(written.applied.size(), 1u);
  EXPECT_EQ(text_of(path, 0), "甲\t乙,丙");
  EXPECT_EQ(text_of(path, 1), "第3页，");
}

TEST(DocumentFixer, AnEditThatNoLongerMatchesTheFileIsLeft) {
  ScratchDir dir;
  const std::string path = dir.write("a.fodt", flat_odf("<text:p>甲,乙</text:p>"));
  const std::string before = read_bytes(path);
  const WrittenFixes written = fix(path, {edit(0, 1, 1, ";", "；")});
  EXPECT_TRUE(written.applied.empty());
  EXPECT_EQ(written.left.size(), 1u);
  EXPECT_EQ(read_bytes(path), before);
}

TEST(DocumentFixer, DocxRunsAndTheOtherEntriesStay) {
  ScratchDir dir;
  const std::string path = dir.path("a.docx");
  write_zip(path, docx_entries("<w:p><w:r><w:t>甲,</w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
                               "<w:t xml:space=\"preserve\">乙 &lt;丙&gt;</w:t></w:r>"
                               "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                               "<w:r><w:instrText>PAGE</w:instrText></w:r>"
                               "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                               "<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/>"
                               "</w:r></w:p>"));
  ASSERT_EQ(text_of(path), "甲,乙 <丙>3");
  // A field's shown result is the field's: left.
  const WrittenFixes written =
      fix(path, {edit(0, 7, 1, "3", "三"), edit(0, 3, 1, " ", ""), edit(0, 1, 1, ",", "，")});
  EXPECT_EQ(written.applied.size(), 2u);
  ASSERT_EQ(written.left.size(), 1u);
  EXPECT_EQ(written.left[0].original, "3");
  EXPECT_EQ(text_of(path), "甲，乙<丙>3");
}

TEST(DocumentFixer, AReportReachedThroughALinkIsFixedWhereItLiesAndTheLinkStays) {
  ScratchDir dir;
  const std::string real = dir.write("real.fodt", flat_odf("<text:p>甲,乙</text:p>"));
  const std::string link = dir.path("link.fodt");
  std::filesystem::create_symlink(real, link);
  const WrittenFixes written = fix(link, {edit(0, 1, 1, ",", "，")});
  EXPECT_EQ(written.applied.size(), 1u);
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(text_of(real), "甲，乙");
}

TEST(DocumentFixer, ADryRunAndAnUnwritableTargetLeaveTheFileAsItWas) {
  ScratchDir dir;
  const std::string path = dir.write("a.fodt", flat_odf("<text:p>甲,乙</text:p>"));
  const std::string before = read_bytes(path);
  auto dry = write_fixes(path, {edit(0, 1, 1, ",", "，")}, FixTarget{path, true});
  ASSERT_TRUE(std::holds_alternative<WrittenFixes>(dry));
  EXPECT_EQ(std::get<WrittenFixes>(dry).applied.size(), 1u);
  EXPECT_EQ(read_bytes(path), before);
  const std::string folder = dir.path("folder");
  std::filesystem::create_directory(folder);
  auto blocked = write_fixes(path, {edit(0, 1, 1, ",", "，")}, FixTarget{folder, false});
  ASSERT_TRUE(std::holds_alternative<LoadError>(blocked));
  // Said where it arises: the fixed file could not take the folder's place.
  EXPECT_EQ(std::get<LoadError>(blocked).problem, LoadProblem::CannotReplace);
  EXPECT_EQ(std::get<LoadError>(blocked).file, folder);
  EXPECT_EQ(read_bytes(path), before);
  std::vector<std::string> names;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(folder).parent_path()))
    names.push_back(entry.path().filename().string());
  EXPECT_EQ(names.size(), 2u) << "a temporary file was left";
}

// The fixed file comes back as it was read back to verify it, so that `fix` checks it without
// opening it again; nothing comes back when nothing was written.
TEST(DocumentFixer, TheFixedFileComesBackAsItWasReadBack) {
  ScratchDir dir;
  const std::string path =
      dir.write("a.fodt", flat_odf("<text:p>甲,乙</text:p><text:p>丙</text:p>"));
  const std::string out = dir.path("out.fodt");
  auto written = write_fixes(path, {edit(0, 1, 1, ",", "，")}, FixTarget{out, false});
  ASSERT_TRUE(std::holds_alternative<WrittenFixes>(written));
  const std::optional<Document>& back = std::get<WrittenFixes>(written).read_back;
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->file, out);
  ASSERT_EQ(back->paragraphs.size(), 2u);
  EXPECT_EQ(back->paragraphs[0].text, "甲，乙");
  EXPECT_EQ(back->paragraphs[1].text, "丙");
  EXPECT_EQ(text_of(out), "甲，乙");

  auto dry = write_fixes(path, {edit(0, 1, 1, ",", "，")}, FixTarget{path, true});
  ASSERT_TRUE(std::holds_alternative<WrittenFixes>(dry));
  EXPECT_FALSE(std::get<WrittenFixes>(dry).read_back.has_value());
  auto nothing = write_fixes(path, {edit(0, 1, 1, ";", "；")}, FixTarget{path, false});
  ASSERT_TRUE(std::holds_alternative<WrittenFixes>(nothing));
  EXPECT_FALSE(std::get<WrittenFixes>(nothing).read_back.has_value());
}

// A target in a folder that is not there: the error names the file that could not be written
// (not the hidden file beside it) and has a kind, for the flat file and for a package alike.
TEST(DocumentFixer, ATargetThatCannotBeWrittenIsNamedWithAKind) {
  ScratchDir dir;
  const std::string flat = dir.write("a.fodt", flat_odf("<text:p>甲,乙</text:p>"));
  const std::string package = dir.path("a.docx");
  write_zip(package, docx_entries("<w:p><w:r><w:t>甲,乙</w:t></w:r></w:p>"));
  for (const std::string& path : {flat, package}) {
    const std::string target =
        dir.path("missing/fixed" + std::filesystem::path(path).extension().string());
    auto written = write_fixes(path, {edit(0, 1, 1, ",", "，")}, FixTarget{target, false});
    ASSERT_TRUE(std::holds_alternative<LoadError>(written)) << path;
    const LoadError& error = std::get<LoadError>(written);
    EXPECT_EQ(error.problem, LoadProblem::CannotWrite) << error.to_string();
    EXPECT_EQ(error.file, target);
    EXPECT_EQ(error.args, std::vector<std::string>{"No such file or directory"});
    EXPECT_EQ(error.message, "cannot write: No such file or directory");
  }
}

}  // namespace
}  // namespace chengbao
