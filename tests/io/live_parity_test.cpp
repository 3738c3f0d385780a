// The live check (what Writer underlines as the user types) against the whole check: for every
// paragraph of running text of every CLI test file, the same findings by the live rules.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
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

std::vector<Found> found(const std::vector<Finding>& findings, int paragraph,
                         const std::vector<std::string>& rules = paragraph_rules()) {
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

std::vector<std::filesystem::path> cli_test_files() {
  const std::filesystem::path data = std::filesystem::path(CHENGBAO_CLI_TEST_DATA_DIR);
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(data)) {
    const std::string extension = entry.path().extension().string();
    if (extension == ".odt" || extension == ".fodt" || extension == ".docx")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(LiveParity, EveryBodyParagraphOfEveryCliTestFileGetsTheCheckersFindings) {
  const std::vector<std::filesystem::path> files = cli_test_files();
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

// With the document around it (a LiveContext), every paragraph — title, addressee, headings,
// signature, date, 版记 — gets what the whole check finds there by every live rule, those that
// need the paragraph's place too; a paragraph edited since falls back to the paragraph rules.
TEST(LiveParity, EveryParagraphWithItsDocumentGetsTheCheckersFindingsByEveryLiveRule) {
  const std::vector<std::filesystem::path> files = cli_test_files();
  ASSERT_GE(files.size(), 100u);
  const CheckOptions options;
  int paragraphs = 0;
  int ambiguous = 0;
  std::map<std::string, int> placed;  // findings of the rules that need the place, by rule
  for (const std::filesystem::path& file : files) {
    auto read = read_document(file.string());
    ASSERT_TRUE(std::holds_alternative<Document>(read)) << file;
    const Document& document = std::get<Document>(read);
    const std::vector<Finding> whole = check_document(document, options).findings;
    const LiveContext context(document, options);
    for (int i = 0; i < static_cast<int>(document.paragraphs.size()); ++i) {
      const std::string& text = document.paragraphs[i].text;
      if (context.findings(text) == nullptr) {
        ++ambiguous;  // the same text in two places the check judges differently
        continue;
      }
      ++paragraphs;
      const std::vector<Found> expected = found(whole, i, live_rules());
      for (const Found& finding : expected) {
        const std::vector<std::string>& local = paragraph_rules();
        if (std::find(local.begin(), local.end(), std::get<0>(finding)) == local.end())
          ++placed[std::get<0>(finding)];
      }
      EXPECT_EQ(found(live_findings(text, options, &context), 0, live_rules()), expected)
          << file.filename().string() << " paragraph " << i << ": " << text;
    }
  }
  EXPECT_GE(paragraphs, 3000);
  EXPECT_LE(ambiguous * 100, paragraphs);  // under 1%
  // Each rule that needs the place is found, and so underlined, in the test files.
  EXPECT_GE(placed["title.format"], 3);
  EXPECT_GE(placed["date.format"], 3);
  EXPECT_GE(placed["numbering.style"], 3);
  std::cout << "live parity in context: " << paragraphs << " paragraphs (" << ambiguous
            << " left to the paragraph rules), title.format " << placed["title.format"]
            << ", date.format " << placed["date.format"] << ", numbering.style "
            << placed["numbering.style"] << "\n";
}

TEST(LiveContext, AnEditedParagraphIsJudgedByItsOwnTextAndADuplicateByNeither) {
  Document document;
  for (const char* text :
       {"关于2026年工作情况的报告。", "市政府：", "根据要求,现将有关情况报告如下：", "一、基本情况",
        "二. 存在问题", "三、下一步打算", "某某局", "2026年03月05日"}) {
    document.paragraphs.emplace_back();
    document.paragraphs.back().text = text;
  }
  const CheckOptions options;
  const LiveContext context(document, options);
  const std::vector<Finding> title = live_findings("关于2026年工作情况的报告。", options, &context);
  ASSERT_EQ(title.size(), 1u);
  EXPECT_EQ(title[0].rule, "title.format");
  EXPECT_EQ(title[0].paragraph, 0);
  const std::vector<Finding> date = live_findings("2026年03月05日", options, &context);
  ASSERT_EQ(date.size(), 1u);
  EXPECT_EQ(date[0].rule, "date.format");
  EXPECT_EQ(date[0].replacement, std::optional<std::string>("2026年3月5日"));
  const std::vector<Finding> heading = live_findings("二. 存在问题", options, &context);
  ASSERT_EQ(heading.size(), 1u);
  EXPECT_EQ(heading[0].rule, "numbering.style");
  // Typed since: the text alone is judged, as running text.
  EXPECT_TRUE(live_findings("关于2026年工作情况的报告！", options, &context).empty());
  const std::vector<Finding> typed = live_findings("现将情况报告如下,", options, &context);
  ASSERT_EQ(typed.size(), 1u);
  EXPECT_EQ(typed[0].rule, "punct.halfwidth");
  // The title's text again in the body: its place decides, and the text does not tell which.
  document.paragraphs.insert(document.paragraphs.begin() + 4, document.paragraphs[0]);
  const LiveContext twice(document, options);
  EXPECT_EQ(twice.findings("关于2026年工作情况的报告。"), nullptr);
  EXPECT_NE(twice.findings("某某局"), nullptr);
  // It still holds that text, so the live check can tell which document a paragraph is from.
  EXPECT_TRUE(twice.holds("关于2026年工作情况的报告。"));
  EXPECT_FALSE(twice.holds("关于2026年工作情况的报告！"));
  EXPECT_EQ(twice.texts().size(), 8u);
}

// When the live check has answered for a paragraph without its document (not read yet) or with
// an older reading, it asks the office to check again only if the new reading judges a paragraph
// otherwise: typing in the body costs no second pass over the document.
TEST(LiveContext, OnlyAChangedJudgementAsksForAnotherPass) {
  Document document;
  for (const char* text :
       {"关于2026年工作情况的报告", "市政府：", "根据要求，现将有关情况报告如下：", "一、基本情况",
        "二、存在问题", "某某局", "2026年3月5日"}) {
    document.paragraphs.emplace_back();
    document.paragraphs.back().text = text;
  }
  const CheckOptions options;
  const LiveContext clean(document, options);
  const LiveJudge alone{nullptr, &options};
  const LiveJudge read{&clean, &options};
  // A correct report: its reading judges every paragraph as its text alone does.
  EXPECT_FALSE(judged_differently(clean.texts(), alone, read));
  // A body paragraph typed: still alike, whether the new reading is there yet or not.
  document.paragraphs[2].text = "根据要求,现将有关情况报告如下：";
  const LiveContext typed(document, options);
  EXPECT_FALSE(judged_differently(typed.texts(), read, {&typed, &options}));
  // 「二、」 made 「二.」: the heading's label is judged in its place now.
  document.paragraphs[4].text = "二.存在问题";
  const LiveContext relabelled(document, options);
  EXPECT_TRUE(judged_differently(relabelled.texts(), {&typed, &options}, {&relabelled, &options}));
  EXPECT_TRUE(judged_differently({"二.存在问题"}, alone, {&relabelled, &options}));
  EXPECT_FALSE(judged_differently({"一、基本情况"}, alone, {&relabelled, &options}));
  // A template that switches a rule off changes the judgement of a text that breaks it.
  ReportTemplate quiet;
  quiet.checker.rules["punct.halfwidth"].enabled = false;
  CheckOptions quiet_options;
  quiet_options.report_template = &quiet;
  EXPECT_TRUE(
      judged_differently({"根据要求,现将有关情况报告如下："}, alone, {nullptr, &quiet_options}));
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
  // One context per document, shared by every thread, as the office's checking thread shares
  // the proofreader's with the main thread that makes it.
  std::vector<LiveContext> contexts;
  for (const Document& document : documents) contexts.emplace_back(document, options);
  const auto answers = [&] {
    std::vector<std::string> out;
    for (std::size_t d = 0; d < documents.size(); ++d) {
      for (const Paragraph& paragraph : documents[d].paragraphs)
        for (const Finding& finding : live_findings(paragraph.text, options, &contexts[d]))
          out.push_back(finding.rule + "#" + std::to_string(finding.offset));
    }
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
