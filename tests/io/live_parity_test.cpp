// The live check (what Writer underlines as the user types) against the whole check: for every
// paragraph of running text of every CLI test file, the same findings by the live rules.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "check.hpp"
#include "document_reader.hpp"
#include "rule_context.hpp"
#include "test_files.hpp"

namespace chengbao {
namespace {

using Found = std::tuple<std::string, int, int>;  // rule, offset, length

std::vector<Found> found(const std::vector<Finding>& findings, int paragraph) {
  const std::vector<std::string>& rules = live_rules();
  std::vector<Found> out;
  for (const Finding& finding : findings) {
    if (finding.paragraph != paragraph) continue;
    if (std::find(rules.begin(), rules.end(), finding.rule) == rules.end()) continue;
    out.emplace_back(finding.rule, finding.offset, finding.length);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool running_text(const ReportLayout& layout, int paragraph) {
  return paragraph >= layout.body_begin && paragraph < layout.body_end;
}

TEST(LiveParity, EveryBodyParagraphOfEveryCliTestFileGetsTheCheckersFindings) {
  const std::filesystem::path data = std::filesystem::path(CHENGBAO_CLI_TEST_DATA_DIR);
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(data)) {
    const std::string extension = entry.path().extension().string();
    if (extension == ".odt" || extension == ".fodt" || extension == ".docx")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 100u);
  const CheckOptions options;
  int paragraphs = 0;
  int with_findings = 0;
  for (const std::filesystem::path& file : files) {
    auto read = read_document(file.string());
    ASSERT_TRUE(std::holds_alternative<Document>(read)) << file;
    const Document& document = std::get<Document>(read);
    const std::vector<Finding> whole = check_document(document, options).findings;
    const RuleContext context(document, options);
    for (int i = 0; i < static_cast<int>(document.paragraphs.size()); ++i) {
      if (!running_text(context.layout, i)) continue;
      ++paragraphs;
      const std::vector<Found> expected = found(whole, i);
      with_findings += expected.empty() ? 0 : 1;
      EXPECT_EQ(found(check_paragraph(document.paragraphs[i].text, options), 0), expected)
          << file.filename().string() << " paragraph " << i << ": " << document.paragraphs[i].text;
    }
  }
  // The files hold the defects the live rules look for, not only clean text.
  EXPECT_GE(paragraphs, 1000);
  EXPECT_GE(with_findings, 20);
  std::cout << "live parity: " << files.size() << " files, " << paragraphs << " body paragraphs, "
            << with_findings << " with findings\n";
}

// The office proofreads from its own thread while the Check panel may run on the main one: the
// core answers the same from several threads at once (run under ThreadSanitizer by
// scripts/tsan.sh).
TEST(LiveCheck, ThreadsCheckingAtOnceGetTheAnswersOfOne) {
  std::vector<Document> documents;
  for (const char* name :
       {"defects/styled.punct.halfwidth.docx", "defects/styled.placeholder.leftover.odt",
        "defects/gongwen_notice.space.cjk.fodt", "defects/styled.date.invalid.docx",
        "defects/styled.heading.missing.odt", "gongwen_report.fodt"}) {
    auto read = read_document((std::filesystem::path(CHENGBAO_CLI_TEST_DATA_DIR) / name).string());
    ASSERT_TRUE(std::holds_alternative<Document>(read)) << name;
    documents.push_back(std::get<Document>(std::move(read)));
  }
  CheckOptions options;
  options.language = Language::ZhCN;
  const auto answers = [&] {
    std::vector<std::string> out;
    for (const Document& document : documents) {
      for (const Finding& finding : check_document(document, options).findings)
        out.push_back(finding.rule + ":" + finding.message);
      for (const Paragraph& paragraph : document.paragraphs)
        for (const Finding& finding : check_paragraph(paragraph.text, options))
          out.push_back(finding.rule + "@" + std::to_string(finding.offset));
    }
    return out;
  };
  const std::vector<std::string> alone = answers();
  ASSERT_FALSE(alone.empty());
  std::vector<std::vector<std::string>> together(4);
  std::vector<std::thread> threads;
  for (auto& result : together) threads.emplace_back([&result, &answers] { result = answers(); });
  for (std::thread& thread : threads) thread.join();
  for (const auto& result : together) EXPECT_EQ(result, alone);
}

TEST(LiveCheck, AHalfWidthCommaInChineseTextIsFoundWithItsFix) {
  const std::vector<Finding> findings = check_paragraph("根据要求,现将有关情况报告如下：", {});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "punct.halfwidth");
  EXPECT_EQ(findings[0].offset, 4);
  EXPECT_EQ(findings[0].length, 1);
  EXPECT_EQ(findings[0].replacement, std::optional<std::string>("，"));
  EXPECT_TRUE(check_paragraph("根据要求，现将有关情况报告如下：", {}).empty());
}

}  // namespace
}  // namespace chengbao
