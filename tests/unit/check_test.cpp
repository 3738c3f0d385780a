// Tests of check.hpp: clean reports give nothing; each rule finds exactly the defect put in, at
// the right place; near misses find nothing.
#include "check.hpp"

#include <algorithm>
#include <random>
#include <tuple>

#include <gtest/gtest.h>

#include "outline.hpp"
#include "profile.hpp"
#include "report_template.hpp"
#include "report_text.hpp"
#include "test_support.hpp"
#include "utf8.hpp"

namespace chengbao {
namespace {

using test::code_points;
using test::describe;
using test::findings_of;
using test::load_report;
using test::paragraph_from_line;
using test::paragraph_of;
using test::problems;

// The paragraph whose whole text is `text`; -1 and a test failure when there is none.
int paragraph_exactly(const Document& document, const std::string& text) {
  for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
    if (document.paragraphs[i].text == text) return static_cast<int>(i);
  }
  ADD_FAILURE() << "no paragraph is " << text;
  return -1;
}

// `document` with the first `needle` (in the first paragraph holding it) replaced.
Document replaced(Document document, const std::string& needle, const std::string& replacement) {
  const int index = paragraph_of(document, needle);
  if (index < 0) return document;
  std::string& text = document.paragraphs[index].text;
  text.replace(text.find(needle), needle.size(), replacement);
  return document;
}

// `document` without the paragraph whose whole text is `text`.
Document without(Document document, const std::string& text) {
  const int index = paragraph_exactly(document, text);
  if (index >= 0) document.paragraphs.erase(document.paragraphs.begin() + index);
  return document;
}

// `document` with a paragraph (a line of the report_text format) before the paragraph whose
// whole text is `before`.
Document inserted(Document document, const std::string& before, const std::string& line) {
  const int index = paragraph_exactly(document, before);
  if (index >= 0) {
    document.paragraphs.insert(document.paragraphs.begin() + index, paragraph_from_line(line));
  }
  return document;
}

// The code-point offset of `needle` in paragraph `paragraph`.
int offset_of(const Document& document, int paragraph, const std::string& needle) {
  const std::string& text = document.paragraphs[paragraph].text;
  const std::size_t at = text.find(needle);
  if (at == std::string::npos) {
    ADD_FAILURE() << needle << " is not in paragraph " << paragraph;
    return -1;
  }
  return static_cast<int>(code_points(text.substr(0, at)));
}

// The one problem (warning or error) found, which must be of `rule`.
Finding only_problem(const CheckResult& result, const std::string& rule) {
  const std::vector<Finding> found = problems(result);
  EXPECT_EQ(found.size(), 1u) << "expected only " << rule << ", found:\n" << describe(found);
  for (const Finding& finding : found) {
    if (finding.rule == rule) return finding;
  }
  ADD_FAILURE() << "no " << rule << " among:\n" << describe(found);
  return {};
}

void expect_at(const Finding& finding, int paragraph, int offset, int length,
               const std::string& text) {
  EXPECT_EQ(finding.paragraph, paragraph) << finding.rule;
  EXPECT_EQ(finding.offset, offset) << finding.rule;
  EXPECT_EQ(finding.length, length) << finding.rule;
  EXPECT_EQ(finding.text, text) << finding.rule;
}

class CheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // A frozen copy of the shipped template: the rule tests must not change with it.
    work_report_ =
        test::value_of(load_template(test::data_file("reports/work_report_template.xml")));
    shipped_ = test::value_of(load_template(test::template_dir() + "/work-report.xml"));
    profile_.full_name = "东湖银行股份有限公司滨江支行";
    profile_.short_name = "东湖银行滨江支行";
    profile_.superior_body = "东湖银行股份有限公司总行";
    clean_ = load_report("clean_typed.txt");
  }

  CheckResult check(const Document& document, const ReportTemplate* report_template,
                    const Profile* profile = nullptr, Language language = Language::ZhCN) const {
    CheckOptions options;
    options.report_template = report_template;
    options.profile = profile;
    options.language = language;
    return check_document(document, options);
  }
  // With the work-report template, no profile, messages in Simplified Chinese.
  CheckResult check(const Document& document) const { return check(document, &work_report_); }
  CheckResult check_without_template(const Document& document) const {
    return check(document, nullptr);
  }

  ReportTemplate work_report_;
  ReportTemplate shipped_;
  Profile profile_;
  Document clean_;
};

// ---- Clean reports ------------------------------------------------------------------------

TEST_F(CheckTest, CleanTypedReportHasNoProblems) {
  ASSERT_EQ(clean_.paragraphs.size(), 26u);
  EXPECT_EQ(describe(check(clean_, &work_report_, &profile_).findings), "");
  EXPECT_EQ(describe(problems(check(clean_, &shipped_, &profile_))), "");
  EXPECT_EQ(describe(check_without_template(clean_).findings), "");
}

TEST_F(CheckTest, CleanAutomaticReportHasNoProblems) {
  const Document document = load_report("clean_automatic.txt");
  EXPECT_EQ(describe(check(document).findings), "");
  EXPECT_EQ(describe(problems(check(document, &shipped_))), "");
  EXPECT_EQ(describe(check_without_template(document).findings), "");
}

TEST_F(CheckTest, CleanTraditionalReportHasNoProblems) {
  const Document document = load_report("clean_traditional.txt");
  Profile taiwan = profile_;
  taiwan.full_name = "東湖銀行股份有限公司濱江支行";
  taiwan.date_style = DateStyle::Roc;
  EXPECT_EQ(describe(check(document, &work_report_, &taiwan, Language::ZhTW).findings), "");
  EXPECT_EQ(describe(check(document, nullptr, &taiwan, Language::ZhTW).findings), "");
}

TEST_F(CheckTest, TemplateRulesAreSkippedWithoutATemplate) {
  EXPECT_TRUE(check_without_template(clean_).template_rules_skipped);
  EXPECT_FALSE(check(clean_).template_rules_skipped);
  // Without a template a missing section is nobody's business.
  const Document document = replaced(clean_, "二、存在的问题", "二、工作亮点");
  EXPECT_EQ(describe(check_without_template(document).findings), "");
}

TEST_F(CheckTest, FindingsAreSortedByParagraphOffsetAndRule) {
  Document document = replaced(clean_, "三、下一步工作打算", "四、下一步工作打算");
  document = replaced(document, "工作的重要性", "工作的`重要性");
  document = replaced(document, "2026年11月20日", "2026-11-20");
  document = replaced(document, "（一）组织领导", "(一)组织领导");
  const std::vector<Finding> findings = check(document).findings;
  ASSERT_GE(findings.size(), 5u);
  EXPECT_TRUE(std::is_sorted(findings.begin(), findings.end(),
                             [](const Finding& a, const Finding& b) {
                               return std::tie(a.paragraph, a.offset, a.rule) <
                                      std::tie(b.paragraph, b.offset, b.rule);
                             }))
      << describe(findings);
}

// ---- title.missing, title.format ----------------------------------------------------------

TEST_F(CheckTest, TitleMissing) {
  const Document document = without(clean_, "关于2026年消费者权益保护工作开展情况的报告");
  const Finding finding = only_problem(check(document), "title.missing");
  expect_at(finding, 0, 0, 0, "");
  EXPECT_EQ(finding.severity, Severity::Error);
  EXPECT_EQ(finding.message, "缺少标题：报告第一段应为标题，如“关于……的报告”");
}

TEST_F(CheckTest, TitleMissingWhenAHeadingStandsFirst) {
  Document document = clean_;
  document.paragraphs[0] = paragraph_from_line("一、总体情况");
  expect_at(only_problem(check(document), "title.missing"), 0, 0, 0, "");
}

TEST_F(CheckTest, TitlesThatAreNotCentredStillCount) {
  Document plain = clean_;
  plain.paragraphs[0].centered = false;  // 「关于……的报告」 says what it is
  EXPECT_EQ(describe(check(plain).findings), "");
  Document styled = clean_;
  styled.paragraphs[0] = paragraph_from_line("@{Title}2026年消费者权益保护工作情况");
  EXPECT_EQ(describe(check(styled).findings), "");
  Document above_addressee = clean_;  // a short line right above the addressee
  above_addressee.paragraphs[0] = paragraph_from_line("2026年消费者权益保护工作情况");
  EXPECT_EQ(describe(check(above_addressee).findings), "");
}

TEST_F(CheckTest, TitleWithFinalPunctuation) {
  const std::string title = clean_.paragraphs[0].text;
  const Document document = replaced(clean_, title, title + "。");
  const Finding finding = only_problem(check(document), "title.format");
  expect_at(finding, 0, static_cast<int>(code_points(title)), 1, "。");
  EXPECT_EQ(finding.severity, Severity::Warning);
  EXPECT_EQ(finding.replacement, "");
}

TEST_F(CheckTest, TitleWithAHeadingLabel) {
  const Document document = replaced(clean_, "关于2026年", "一、关于2026年");
  const Finding finding = only_problem(check(document), "title.format");
  expect_at(finding, 0, 0, 2, "一、");
  EXPECT_EQ(finding.replacement, "");
}

// ---- the 版头 (masthead) before the title ----------------------------------------------------

// `clean_` with a 版头 (lines of the report_text format) before its title.
Document with_masthead(const Document& clean, std::initializer_list<const char*> lines) {
  Document document = clean;
  std::vector<Paragraph> head;
  for (const char* line : lines) head.push_back(paragraph_from_line(line));
  document.paragraphs.insert(document.paragraphs.begin(), head.begin(), head.end());
  return document;
}

TEST_F(CheckTest, AMastheadBeforeTheTitleIsNotTakenForIt) {
  // 上行文: 发文机关标志, then 发文字号 and 签发人 on one line, as GB/T 9704 7.2.4/7.2.5 set them.
  const Document upward =
      with_masthead(clean_, {"@c东湖银行股份有限公司滨江支行文件", "",
                             "东湖银滨发〔2026〕5号　　　　签发人：林志远", ""});
  EXPECT_EQ(describe(check(upward).findings), "");
  // 份号, 密级, 紧急程度, the 发文机关标志, the 发文字号 on its own line and the red rule as text.
  const Document full =
      with_masthead(clean_, {"000123", "机密★1年", "特急", "@c东湖银行股份有限公司滨江支行文件",
                             "东湖银滨发〔2026〕12号　　　　签发人：林志远", "——————————————"});
  EXPECT_EQ(describe(check(full).findings), "");
  // A 函's masthead: the issuer's name without 「文件」, then the 发文字号; a 函 names no signer.
  const Document letter =
      with_masthead(replaced(clean_, "工作开展情况的报告", "工作开展情况的函"),
                    {"@c东湖银行股份有限公司滨江支行", "@r东湖银滨函〔2026〕3号"});
  EXPECT_EQ(describe(check_without_template(letter).findings), "");
  // Several signers.
  const Document several = with_masthead(clean_, {"@c东湖银行股份有限公司滨江支行文件",
                                                  "东湖银滨发〔2026〕5号　签发人：林志远　周敏"});
  EXPECT_EQ(describe(check(several).findings), "");
}

TEST_F(CheckTest, AMastheadWithoutATitleAfterItStillMissesTheTitle) {
  Document document = without(clean_, "关于2026年消费者权益保护工作开展情况的报告");
  document = with_masthead(
      document, {"@c东湖银行股份有限公司滨江支行文件", "东湖银滨发〔2026〕5号　签发人：林志远"});
  const Finding finding = only_problem(check(document), "title.missing");
  EXPECT_EQ(finding.paragraph, 2);  // where the title belongs: after the 版头
}

TEST_F(CheckTest, NearMissesOfAMastheadAreTheReportsOwnLines) {
  // A first line that merely mentions a document number is not a 版头: the title is still missing.
  Document document = without(clean_, "关于2026年消费者权益保护工作开展情况的报告");
  document = with_masthead(document, {"根据总行〔2026〕5号文件要求，现报告如下。"});
  EXPECT_EQ(only_problem(check(document), "title.missing").paragraph, 0);
  // A short line that is not followed by a 发文字号 stays the title it reads as.
  const Document titled =
      with_masthead(without(clean_, "关于2026年消费者权益保护工作开展情况的报告"),
                    {"@c2026年消费者权益保护工作情况"});
  EXPECT_EQ(describe(check(titled).findings), "");
}

// ---- addressee.missing ----------------------------------------------------------------------

TEST_F(CheckTest, AddresseeMissing) {
  const Document document = without(clean_, "东湖银行股份有限公司总行：");
  const Finding finding = only_problem(check(document), "addressee.missing");
  expect_at(finding, 1, 0, 0, "");  // the opening stands where the addressee belongs
  EXPECT_EQ(finding.severity, Severity::Error);
}

TEST_F(CheckTest, AddresseeWithoutColonIsMissing) {
  const Document document = replaced(clean_, "总行：", "总行");
  expect_at(only_problem(check(document), "addressee.missing"), 1, 0, 0, "");
}

TEST_F(CheckTest, AddresseeWithHalfWidthColonIsOnlyPunctuation) {
  const Document document = replaced(clean_, "总行：", "总行:");
  const Finding finding = only_problem(check(document), "punct.halfwidth");
  expect_at(finding, 1, 12, 1, ":");
  EXPECT_EQ(finding.replacement, "：");
}

// ---- closing.missing ------------------------------------------------------------------------

TEST_F(CheckTest, ClosingMissing) {
  const Document document = without(clean_, "特此报告。");
  const int last_body = paragraph_of(document, "定期对各网点");
  const Finding finding = only_problem(check(document), "closing.missing");
  expect_at(finding, last_body, 0, 0, "");
  EXPECT_EQ(finding.message, "缺少结束语：正文后应有“特此报告。”");
}

TEST_F(CheckTest, ClosingMayEndTheLastParagraphOrBeTraditional) {
  Document appended = without(clean_, "特此报告。");
  appended = replaced(appended, "年度绩效考核。", "年度绩效考核。特此报告。");
  EXPECT_EQ(describe(check(appended).findings), "");
  EXPECT_EQ(describe(check(replaced(clean_, "特此报告。", "特此報告")).findings), "");
}

TEST_F(CheckTest, OtherClosingsPassWithoutATemplateButNotAgainstIt) {
  for (const char* closing : {"以上报告，请审阅。", "特此报告，请审阅。", "以上報告，請審閱。"}) {
    const Document document = replaced(clean_, "特此报告。", closing);
    EXPECT_EQ(describe(check_without_template(document).findings), "") << closing;
    only_problem(check(document), "closing.missing");  // the template asks for 特此报告。
  }
}

TEST_F(CheckTest, SummaryNeedsNoClosing) {
  ReportTemplate summary = work_report_;
  summary.genre = Genre::Summary;
  summary.closing.clear();
  EXPECT_EQ(describe(check(without(clean_, "特此报告。"), &summary).findings), "");
}

TEST_F(CheckTest, WithoutATemplateTheTitleSaysWhichClosingIsNeeded) {
  const std::string title = "关于2026年消费者权益保护工作开展情况的报告";
  const Document no_closing = without(clean_, "特此报告。");
  // A 通知, a 函, a 方案 … end without a closing formula.
  for (const char* genre : {"的通知", "的函", "的实施方案", "的意见", "的纪要", "的通報"}) {
    const Document document = replaced(no_closing, "的报告", genre);
    EXPECT_EQ(describe(check_without_template(document).findings), "") << genre;
  }
  // A 请示 needs its own,
  const Document request = replaced(no_closing, "的报告", "的请示");
  const Finding finding = only_problem(check_without_template(request), "closing.missing");
  EXPECT_EQ(finding.message, "缺少结束语：正文后应有“妥否，请批示。”");
  for (const char* closing : {"以上请示，请予审批。", "妥否，请批示。", "当否，请批示。"}) {
    const Document document = replaced(clean_, "的报告", "的请示");
    EXPECT_EQ(describe(check_without_template(replaced(document, "特此报告。", closing)).findings),
              "")
        << closing;
  }
  // and a 报告 still needs 特此报告。, as does a title that names no genre.
  only_problem(check_without_template(no_closing), "closing.missing");
  only_problem(check_without_template(replaced(no_closing, title, "2026年消费者权益保护工作情况")),
               "closing.missing");
  // With a template the template decides: the work report's asks for 特此报告。 even of a 通知.
  only_problem(check(replaced(no_closing, "的报告", "的通知")), "closing.missing");
}

TEST_F(CheckTest, AnAttachmentNoteWithSeveralItemsIsNotAnOutline) {
  // GB/T 9704 7.3.4: after the text, 「附件：1. ……」 and the next items aligned under the first.
  Document document = inserted(clean_, "东湖银行股份有限公司滨江支行", "");
  document = inserted(document, "东湖银行股份有限公司滨江支行",
                      "　　附件：1. 2026年消费者权益保护工作台账");
  document =
      inserted(document, "东湖银行股份有限公司滨江支行", "　　　　　2. 2026年投诉处理情况统计表");
  document =
      inserted(document, "东湖银行股份有限公司滨江支行", "　　　　　3. 金融知识宣传活动照片");
  EXPECT_EQ(describe(check(document).findings), "");
  const Outline outline = build_outline(document);
  for (const OutlineEntry& entry : outline.entries) {
    EXPECT_EQ(entry.heading.find("统计表"), std::string::npos) << "an attachment in the outline";
  }
  // A numbered line that does not continue the items is the document's own again.
  Document broken =
      inserted(clean_, "东湖银行股份有限公司滨江支行", "附件：1. 2026年消费者权益保护工作台账");
  broken = inserted(broken, "东湖银行股份有限公司滨江支行", "3. 投诉处理情况统计表");
  bool listed = false;
  for (const OutlineEntry& entry : build_outline(broken).entries)
    listed = listed || entry.heading.find("统计表") != std::string::npos;
  EXPECT_TRUE(listed);
}

// ---- signature.missing, signature.mismatch -----------------------------------------------------

TEST_F(CheckTest, SignatureMissing) {
  const Document document = without(clean_, "东湖银行股份有限公司滨江支行");
  const Finding finding = only_problem(check(document), "signature.missing");
  expect_at(finding, paragraph_exactly(document, "2026年11月20日"), 0, 0, "");
}

TEST_F(CheckTest, SignatureMismatchOffersTheFullName) {
  const Document document = replaced(clean_, "东湖银行股份有限公司滨江支行", "东湖银行滨江支行");
  const int signature = paragraph_exactly(document, "东湖银行滨江支行");
  const Finding finding =
      only_problem(check(document, &work_report_, &profile_), "signature.mismatch");
  expect_at(finding, signature, 0, 8, "东湖银行滨江支行");
  EXPECT_EQ(finding.severity, Severity::Error);
  EXPECT_EQ(finding.replacement, "东湖银行股份有限公司滨江支行");
  EXPECT_EQ(finding.message,
            "署名“东湖银行滨江支行”与单位全称“东湖银行股份有限公司滨江支行”不一致");
  // Without a profile there is nothing to compare with.
  EXPECT_EQ(describe(check(document).findings), "");
}

TEST_F(CheckTest, SignatureSpreadWithSpacesMatches) {
  const Document document =
      replaced(clean_, "东湖银行股份有限公司滨江支行", "　　东湖银行股份有限公司　滨江支行");
  EXPECT_EQ(describe(check(document, &work_report_, &profile_).findings), "");
}

// ---- date.missing, date.format, date.invalid -------------------------------------------------

TEST_F(CheckTest, DateMissing) {
  const Document document = without(clean_, "2026年11月20日");
  const Finding finding = only_problem(check(document), "date.missing");
  expect_at(finding, paragraph_exactly(document, "东湖银行股份有限公司滨江支行"), 0, 0, "");
  EXPECT_EQ(finding.severity, Severity::Error);
}

TEST_F(CheckTest, NotesAfterTheDateAreNotTheDate) {
  Document document = clean_;
  document.paragraphs.push_back(paragraph_from_line("（联系人：周敏，联系电话：0000-12345678）"));
  document.paragraphs.push_back(paragraph_from_line(""));
  EXPECT_EQ(describe(check(document).findings), "");
}

TEST_F(CheckTest, DateInAnotherFormGetsTheGbtForm) {
  const struct {
    const char* written;
    const char* wanted;
  } cases[] = {{"2026-11-20", "2026年11月20日"},
               {"2026.11.20", "2026年11月20日"},
               {"2026/11/20", "2026年11月20日"},
               {"2026年11月05日", "2026年11月5日"},
               {"二〇二六年十一月二十日", "2026年11月20日"}};
  for (const auto& c : cases) {
    const Document document = replaced(clean_, "2026年11月20日", c.written);
    const Finding finding = only_problem(check(document), "date.format");
    expect_at(finding, 25, 0, static_cast<int>(code_points(c.written)), c.written);
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.replacement, c.wanted);
  }
}

TEST_F(CheckTest, DateStyleOfTheProfileIsAccepted) {
  Profile chinese = profile_;
  chinese.date_style = DateStyle::Chinese;
  const Document numerals = replaced(clean_, "2026年11月20日", "二〇二六年十一月二十日");
  EXPECT_EQ(describe(check(numerals, &work_report_, &chinese).findings), "");
  // GB/T 9704 is never wrong.
  EXPECT_EQ(describe(check(clean_, &work_report_, &chinese).findings), "");
  // Other forms are fixed to the profile's style.
  const Document dashed = replaced(clean_, "2026年11月20日", "2026-11-20");
  EXPECT_EQ(only_problem(check(dashed, &work_report_, &chinese), "date.format").replacement,
            "二〇二六年十一月二十日");
}

TEST_F(CheckTest, DateFormsOfTheTemplateDecide) {
  ReportTemplate iso = work_report_;
  iso.checker.dates = {DateStyle::Iso};
  EXPECT_EQ(only_problem(check(clean_, &iso), "date.format").replacement, "2026-11-20");
  EXPECT_EQ(describe(check(replaced(clean_, "2026年11月20日", "2026-11-20"), &iso).findings), "");
}

TEST_F(CheckTest, ImpossibleDateOnTheDateLine) {
  const Document document = replaced(clean_, "2026年11月20日", "2026年2月30日");
  const Finding finding = only_problem(check(document), "date.invalid");
  expect_at(finding, 25, 0, 10, "2026年2月30日");
  EXPECT_EQ(finding.severity, Severity::Error);
  EXPECT_EQ(describe(check(replaced(clean_, "2026年11月20日", "2024年2月29日")).findings), "");
}

TEST_F(CheckTest, ImpossibleDateInTheBody) {
  const Document document = replaced(clean_, "截至2026年10月31日", "截至2026年10月32日");
  const int paragraph = paragraph_of(document, "截至2026年10月32日");
  expect_at(only_problem(check(document), "date.invalid"), paragraph, 2, 11, "2026年10月32日");
}

// ---- heading.missing, heading.order, section.empty --------------------------------------------

TEST_F(CheckTest, RequiredSectionMissingIsReportedWhereItBelongs) {
  const Document document = replaced(clean_, "二、存在的问题", "二、工作亮点");
  const Finding finding = only_problem(check(document), "heading.missing");
  expect_at(finding, paragraph_of(document, "三、下一步工作打算"), 0, 0, "");
  EXPECT_EQ(finding.severity, Severity::Error);
  EXPECT_EQ(finding.message, "缺少必需章节“存在的问题”，应在“三、下一步工作打算”之前");
}

TEST_F(CheckTest, LastRequiredSectionMissingIsReportedAtTheClosing) {
  const Document document = replaced(clean_, "三、下一步工作打算", "三、其他事项");
  const Finding finding = only_problem(check(document), "heading.missing");
  expect_at(finding, paragraph_exactly(document, "特此报告。"), 0, 0, "");
  EXPECT_EQ(finding.message, "缺少必需章节“下一步工作打算”，应在正文最后");
  // In the other languages too the message says where the section belongs.
  const ReportTemplate& tmpl = work_report_;
  CheckOptions options;
  options.report_template = &tmpl;
  options.language = Language::En;
  const CheckResult english = check_document(document, options);
  ASSERT_EQ(english.findings.size(), 1u);
  EXPECT_EQ(english.findings[0].message,
            "The required section “下一步工作打算” is missing: it belongs last in the body");
}

TEST_F(CheckTest, SectionHeadingsMatchAliasesScriptsAndSpacing) {
  for (const char* heading :
       {"二、存在问题", "二、问题与不足", "二、問題與不足", "二、存在的問題", "二、存在的问题："}) {
    const Document document = replaced(clean_, "二、存在的问题", heading);
    EXPECT_EQ(describe(check(document).findings), "") << heading;
  }
  // Spaces do not hide the section; they are space.cjk's to remove.
  const Document spaced = replaced(clean_, "二、存在的问题", "二、 存在的 问题");
  const std::vector<Finding> found = problems(check(spaced));
  ASSERT_EQ(found.size(), 2u) << describe(found);
  EXPECT_EQ(found[0].rule, "space.cjk");
  EXPECT_EQ(found[1].rule, "space.cjk");
}

TEST_F(CheckTest, SectionAtTheWrongLevelDoesNotCount) {
  Document document = replaced(clean_, "二、存在的问题", "二、工作亮点");
  document = replaced(document, "（二）工作机制有待进一步完善", "（二）存在的问题");
  EXPECT_EQ(findings_of(check(document), "heading.missing").size(), 1u);
}

TEST_F(CheckTest, SectionsOutOfOrder) {
  Document document = replaced(clean_, "二、存在的问题", "二、下一步工作打算");
  document = replaced(document, "三、下一步工作打算", "三、存在的问题");
  const int moved = paragraph_exactly(document, "三、存在的问题");
  const Finding finding = only_problem(check(document), "heading.order");
  expect_at(finding, moved, 0, 7, "三、存在的问题");
  EXPECT_EQ(finding.severity, Severity::Error);
  EXPECT_EQ(finding.message, "章节顺序有误：“存在的问题”应在“下一步工作打算”之前");
}

TEST_F(CheckTest, SubSectionWithoutContent) {
  const Document document = without(clean_, clean_.paragraphs[12].text);  // under （三）取得的成效
  const Finding finding = only_problem(check(document), "section.empty");
  expect_at(finding, 11, 0, 8, "（三）取得的成效");
  EXPECT_EQ(finding.severity, Severity::Error);
  EXPECT_EQ(finding.message, "章节“取得的成效”下没有内容");
}

TEST_F(CheckTest, TopLevelSectionWithoutContent) {
  const Document document = inserted(clean_, "特此报告。", "四、其他事项");
  expect_at(only_problem(check(document), "section.empty"), 23, 0, 6, "四、其他事项");
}

TEST_F(CheckTest, ItemsAndRunOnHeadingsNeedNoBody) {
  // Level-3 items are a list: 「1.加强宣传教育」 needs no paragraph of its own.
  Document document = clean_;
  document.paragraphs[8].text = "1.加强宣传教育";
  document.paragraphs[9].text = "2.优化服务流程";
  document.paragraphs[10].text = "3.畅通投诉渠道";
  EXPECT_EQ(describe(check(document).findings), "");
}

// ---- numbering.gap, numbering.restart, numbering.level, numbering.style -----------------------

TEST_F(CheckTest, NumberingGap) {
  const Document document = replaced(clean_, "三、下一步工作打算", "四、下一步工作打算");
  const Finding finding = only_problem(check(document), "numbering.gap");
  expect_at(finding, 16, 0, 2, "四、");
  EXPECT_EQ(finding.severity, Severity::Error);
  EXPECT_EQ(finding.replacement, "三、");
  EXPECT_EQ(finding.message, "编号不连续：应为“三、”，实为“四、”");
  EXPECT_EQ(only_problem(check(document, &work_report_, nullptr, Language::ZhTW), "numbering.gap")
                .message,
            "編號不連續：應為「三、」，實為「四、」");
  EXPECT_EQ(
      only_problem(check(document, &work_report_, nullptr, Language::En), "numbering.gap").message,
      "Numbering gap: “四、” should be “三、”");
}

TEST_F(CheckTest, NumberingThatStartsAtTwo) {
  // Each label is wanted by its place in the run, so fixing both gives （一）（二）.
  const Document document = without(clean_, "（一）组织领导");
  const std::vector<Finding> found = problems(check(document));
  ASSERT_EQ(found.size(), 2u) << describe(found);
  expect_at(found[0], paragraph_exactly(document, "（二）主要措施"), 0, 3, "（二）");
  EXPECT_EQ(found[0].replacement, "（一）");
  expect_at(found[1], paragraph_exactly(document, "（三）取得的成效"), 0, 3, "（三）");
  EXPECT_EQ(found[1].replacement, "（二）");
}

TEST_F(CheckTest, AutomaticLabelsAreReportedOnlyWhenTheyJump) {
  const Document automatic = load_report("clean_automatic.txt");
  Document jump = automatic;
  const int at = paragraph_exactly(jump, "开展隐患排查");
  jump.paragraphs[at].list_label = "（四）";
  const Finding finding = only_problem(check(jump), "numbering.gap");
  expect_at(finding, at, 0, 0, "（四）");  // the label is the office's: no text to replace
  EXPECT_FALSE(finding.replacement);
  // The office restarted this list on purpose; our counting has nothing to say.
  Document restart = automatic;
  restart.paragraphs[paragraph_exactly(restart, "重点整治")].list_label = "1.";
  EXPECT_EQ(describe(check(restart).findings), "");
}

TEST_F(CheckTest, NumberingRestart) {
  const Document document = replaced(clean_, "三、下一步工作打算", "一、下一步工作打算");
  const Finding finding = only_problem(check(document), "numbering.restart");
  expect_at(finding, 16, 0, 2, "一、");
  EXPECT_EQ(finding.replacement, "三、");
  EXPECT_EQ(finding.severity, Severity::Error);
}

TEST_F(CheckTest, SubHeadingBeforeAnyHeading) {
  const Document document =
      inserted(clean_, "一、基本情况",
               "（一）总体情况。2026年以来，本行各项工作稳步推进，主要指标均达到预期。");
  const Finding finding = only_problem(check(document), "numbering.level");
  expect_at(finding, 3, 0, 3, "（一）");
  EXPECT_EQ(finding.severity, Severity::Error);
  EXPECT_EQ(finding.message, "标题层级有误：“（一）”前缺少上一级标题（如“一、”）");
}

TEST_F(CheckTest, ItemDirectlyAfterTheOpening) {
  const Document document = inserted(
      clean_, "一、基本情况", "1.总体情况。2026年以来，本行各项工作稳步推进，主要指标均达到预期。");
  const Finding finding = only_problem(check(document), "numbering.level");
  expect_at(finding, 3, 0, 2, "1.");
  EXPECT_EQ(finding.message, "标题层级有误：“1.”前缺少上一级标题（如“（一）”）");
}

TEST_F(CheckTest, LevelSkippedIsReportedOncePerList) {
  Document document = replaced(clean_, "（一）思想认识", "1.思想认识");
  document = replaced(document, "（二）工作机制", "2.工作机制");
  expect_at(only_problem(check(document), "numbering.level"), 14, 0, 2, "1.");
}

TEST_F(CheckTest, CircledItemsMayStandUnderAnyLevel) {
  const Document document = inserted(clean_,
                                     "2."
                                     "优化服务流程。对全辖12台ATM和智能柜员机进行适老化改造，手机银"
                                     "行APP上线“大字版”，老年客户使用率提升至35.4%。",
                                     "①进社区宣传32场，进学校宣传10场。");
  EXPECT_EQ(describe(check(document).findings), "");
}

TEST_F(CheckTest, LabelInAnotherFormThanTheTemplateWants) {
  const Document document = replaced(clean_, "1.加强宣传教育", "1、加强宣传教育");
  const Finding finding = only_problem(check(document), "numbering.style");
  expect_at(finding, 8, 0, 2, "1、");
  EXPECT_EQ(finding.replacement, "1.");
  EXPECT_EQ(finding.severity, Severity::Error);
  EXPECT_EQ(finding.message, "编号格式不符：应为“1.”，实为“1、”");
  // Without a template the national form wins where forms are mixed on one level.
  EXPECT_EQ(only_problem(check_without_template(document), "numbering.style").replacement, "1.");
}

// 「一.」 is the commonest slip for 「一、」: one numbering.style finding, not a stray dot, a
// heading missing and a numbering gap after it.
TEST_F(CheckTest, ChineseLabelWithADotIsTheWrongForm) {
  for (const char* label : {"一.", "一．"}) {
    const Document document = replaced(clean_, "一、基本情况", std::string(label) + "基本情况");
    const int paragraph = paragraph_exactly(document, std::string(label) + "基本情况");
    const Finding finding = only_problem(check(document), "numbering.style");
    expect_at(finding, paragraph, 0, 2, label);
    EXPECT_EQ(finding.replacement, "一、");
    EXPECT_EQ(only_problem(check_without_template(document), "numbering.style").replacement,
              "一、");
  }
}

TEST_F(CheckTest, HalfWidthBracketLabelIsStyleAndPunctuation) {
  const Document document = replaced(clean_, "（一）组织领导", "(一)组织领导");
  const std::vector<Finding> found = problems(check(document));
  ASSERT_EQ(found.size(), 2u) << describe(found);
  EXPECT_EQ(found[0].rule, "numbering.style");
  EXPECT_EQ(found[1].rule, "punct.halfwidth");
  for (const Finding& finding : found) {
    expect_at(finding, 4, 0, 3, "(一)");
    EXPECT_EQ(finding.replacement, "（一）");
  }
}

TEST_F(CheckTest, OneConsistentFormIsTheWritersChoiceWithoutATemplate) {
  Document document = replaced(clean_, "1.加强", "1、加强");
  document = replaced(document, "2.优化", "2、优化");
  document = replaced(document, "3.畅通", "3、畅通");
  EXPECT_EQ(describe(check_without_template(document).findings), "");
}

TEST_F(CheckTest, LabelFormsTheTemplateAllows) {
  ReportTemplate lenient = work_report_;
  lenient.checker.labels[3] = {"1.", "1、"};
  const Document document = replaced(clean_, "1.加强宣传教育", "1、加强宣传教育");
  EXPECT_EQ(describe(check(document, &lenient).findings), "");
  const Document other = replaced(clean_, "1.加强宣传教育", "1．加强宣传教育");
  EXPECT_EQ(only_problem(check(other, &lenient), "numbering.style").replacement, "1.");
}

// ---- placeholder.leftover ---------------------------------------------------------------------

TEST_F(CheckTest, PlaceholdersAreReportedWithTheirExactSpans) {
  const struct {
    const char* needle;
    const char* defect;
    std::vector<std::string> spans;
  } cases[] = {
      {"2026年1月至10月", "20xx年1月至10月", {"20xx年1月"}},
      {"全年代发工资", "20XX年代发工资", {"20XX年"}},
      {"3,215笔", "XX笔", {"XX"}},
      {"召开专题会议", "召开××会议", {"××"}},
      {"东湖银行滨江支行认真", "**银行**支行认真", {"**", "**"}},
      {"综合管理部", "○○部", {"○○"}},
      {"综合管理部", "□□部", {"□□"}},
      {"每季度召开一次专题会议", "每季度召开一次【会议名称】", {"【会议名称】"}},
      {"建立投诉溯源整改机制", "建立[此处输入机制名称]", {"[此处输入机制名称]"}},
      {"东湖银行滨江支行认真", "{{org_short_name}}认真", {"{{org_short_name}}"}},
      {"截至2026年10月31日", "截至xx年x月x日", {"xx年x月x日"}},
      {"2026年11月20日", "****年*月*日", {"****年*月*日"}},
      {"2026年11月20日", "20xx年x月x日", {"20xx年x月x日"}},
      {"东湖银行股份有限公司滨江支行", "东湖银行股份有限公司某某支行", {"某某"}},
      {"东湖银行股份有限公司总行：", "某某银行：", {"某某"}},
      // Fill-ins and instructions of templates written elsewhere.
      {"以行长为组长", "以[姓名]为组长", {"[姓名]"}},
      {"东湖银行滨江支行认真", "[单位名称]认真", {"[单位名称]"}},
      {"手机银行APP上线", "手机银行APP上线（此处插入图片）", {"（此处插入图片）"}},
      {"手机银行APP上线", "手机银行APP上线（插入2-3张照片）", {"（插入2-3张照片）"}},
      {"以行长为组长", "以某某市应急管理局局长为组长", {"某某"}},
      {"以行长为组长", "以＿＿＿为组长", {"＿＿＿"}},
      {"以行长为组长", "以____为组长", {"____"}},
  };
  for (const auto& c : cases) {
    const Document document = replaced(clean_, c.needle, c.defect);
    const int paragraph = paragraph_of(document, c.defect);
    const CheckResult result = check(document);
    const std::vector<Finding> found = problems(result);
    ASSERT_EQ(found.size(), c.spans.size()) << c.defect << ":\n" << describe(found);
    std::size_t from = 0;
    for (std::size_t i = 0; i < found.size(); ++i) {
      EXPECT_EQ(found[i].rule, "placeholder.leftover") << c.defect;
      EXPECT_EQ(found[i].severity, Severity::Error);
      EXPECT_EQ(found[i].paragraph, paragraph) << c.defect;
      const std::string& text = document.paragraphs[paragraph].text;
      from = text.find(c.spans[i], from);
      EXPECT_EQ(found[i].offset, static_cast<int>(code_points(text.substr(0, from)))) << c.defect;
      EXPECT_EQ(found[i].length, static_cast<int>(code_points(c.spans[i]))) << c.defect;
      EXPECT_EQ(found[i].text, c.spans[i]) << c.defect;
      EXPECT_FALSE(found[i].replacement);
      from += c.spans[i].size();
    }
  }
}

TEST_F(CheckTest, NearPlaceholdersAreNotPlaceholders) {
  for (const auto& [needle, text] : std::vector<std::pair<std::string, std::string>>{
           {"部分员工", "某某员工"},  // 某某 in prose is ordinary Chinese
           {"发放宣传资料1.2万份", "发放XXL码宣传衫1.2万件"},
           {"发放宣传资料1.2万份", "制作3×4米展板1.2万块"},
           {"于2026年2月18日", "于二○二六年二月十八日"},
           {"活动42场", "活动42场*"},
           // Real text in brackets: a part's label, a request of a 通知, a citation, a name.
           {"每季度召开一次专题会议", "每季度召开一次专题会议【第一部分：笔试环节】"},
           {"手机银行APP上线", "手机银行APP上线（请各网点于3月前报送）"},
           {"手机银行APP上线", "手机银行APP上线[1]"},
           {"手机银行APP上线", "手机银行APP上线（试点）"},
           {"部分员工", "某某同志反映的员工"},
           {"活动42场", "活动42场（下划线_）"},
       }) {
    EXPECT_EQ(describe(check(replaced(clean_, needle, text)).findings), "") << text;
  }
}

// ---- punct.halfwidth, char.stray, duplicate.paragraph ------------------------------------------

TEST_F(CheckTest, HalfWidthCommaInChineseText) {
  const Document document = replaced(clean_, "保护工作，于2026年", "保护工作,于2026年");
  const Finding finding = only_problem(check(document), "punct.halfwidth");
  expect_at(finding, 5, offset_of(document, 5, ","), 1, ",");
  EXPECT_EQ(finding.severity, Severity::Warning);
  EXPECT_EQ(finding.replacement, "，");
  EXPECT_EQ(finding.message, "中文中使用了半角标点“,”，应为全角“，”");
}

TEST_F(CheckTest, HalfWidthBracketsAreFixedAsAPair) {
  const Document document = replaced(clean_, "手机银行APP上线", "手机银行(APP) 上线");
  const std::vector<Finding> found = problems(check(document));
  ASSERT_EQ(found.size(), 2u) << describe(found);
  expect_at(found[0], 9, offset_of(document, 9, "("), 1, "(");
  EXPECT_EQ(found[0].replacement, "（");
  expect_at(found[1], 9, offset_of(document, 9, ")"), 1, ")");
  EXPECT_EQ(found[1].replacement, "）");
}

TEST_F(CheckTest, HalfWidthQuotesOpenAndClose) {
  const Document document = replaced(clean_, "“金融知识万里行”", "\"金融知识万里行\"");
  const std::vector<Finding> found = problems(check(document));
  ASSERT_EQ(found.size(), 2u) << describe(found);
  EXPECT_EQ(found[0].rule, "punct.halfwidth");
  EXPECT_EQ(found[0].replacement, "“");
  EXPECT_EQ(found[1].replacement, "”");
}

TEST_F(CheckTest, NumbersTimesAddressesAndLatinKeepTheirPunctuation) {
  const Document document =
      inserted(clean_, "特此报告。",
               "培训定于上午10:30开始，共1,000人参加，详见http://www.dhbank.cn/a?b=1:2，或发邮件至"
               "train.office@dhbank.cn咨询；口号为Service first, always! 设备 (ATM) 运行正常，"
               "网友称之为“What the dog doing?”的谐音。");
  EXPECT_EQ(describe(check(document).findings), "");
}

TEST_F(CheckTest, StrayCharacterBetweenChineseCharacters) {
  for (const char* stray : {"`", ".", "'", "~", "^", "|", "\\", "_"}) {
    // After 的 nothing ends: even a dot is a stray character here.
    const Document document =
        replaced(clean_, "工作的重要性", std::string("工作的") + stray + "重要性");
    const Finding finding = only_problem(check(document), "char.stray");
    expect_at(finding, 14, offset_of(document, 14, std::string("的") + stray) + 1, 1, stray);
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.replacement, "");
  }
}

TEST_F(CheckTest, AHalfWidthFullStopEndingAClauseBecomesAFullWidthOne) {
  // Between two clauses, and at the end of a paragraph: 「。」, never a deletion.
  for (const auto& [needle, defect] : std::vector<std::pair<std::string, std::string>>{
           {"工作的重要性认识不够到位，", "工作的重要性认识不够到位."},
           {"主动服务意识仍需增强。", "主动服务意识仍需增强."},
       }) {
    const Document document = replaced(clean_, needle, defect);
    const Finding finding = only_problem(check(document), "punct.halfwidth");
    expect_at(finding, 14, offset_of(document, 14, "."), 1, ".");
    EXPECT_EQ(finding.replacement, "。");
  }
  // Near misses: a dot after 的 joins nothing (char.stray, deleted), a decimal, a typed label.
  EXPECT_EQ(only_problem(check(replaced(clean_, "工作的重要性", "工作的.重要性")), "char.stray")
                .replacement,
            "");
  EXPECT_EQ(describe(check(replaced(clean_, "使用率提升至35.4%", "使用率提升至35.4%")).findings),
            "");
}

TEST_F(CheckTest, ALooselyWrittenDateIsBadlyFormedNotMissing) {
  for (const char* loose : {"2026 年 11 月 20 日", "26年11月20日", "2026年 11月20日"}) {
    const Document document = replaced(clean_, "2026年11月20日", loose);
    const Finding finding = only_problem(check(document), "date.format");
    EXPECT_EQ(finding.text, loose);
    EXPECT_EQ(finding.replacement, "2026年11月20日") << loose;
  }
  // Near misses: three digits before 年 is no year; a sentence with a date is not a date line.
  only_problem(check(replaced(clean_, "2026年11月20日", "026年11月20日")), "date.missing");
}

TEST_F(CheckTest, DuplicateParagraph) {
  const std::string copy = clean_.paragraphs[18].text;
  const Document document = inserted(clean_, "特此报告。", "　　" + copy);
  const Finding finding = only_problem(check(document), "duplicate.paragraph");
  expect_at(finding, 23, 2, static_cast<int>(code_points(copy)), copy);
  EXPECT_EQ(finding.severity, Severity::Warning);
  EXPECT_EQ(finding.message, "与第 19 段内容重复");
  EXPECT_FALSE(finding.replacement);
}

TEST_F(CheckTest, RepeatedHeadingsAndShortLinesAreNotDuplicates) {
  Document document = inserted(clean_, "特此报告。", "详见附件。");
  document = inserted(document, "特此报告。", "详见附件。");
  EXPECT_EQ(describe(check(document).findings), "");
}

// ---- Any input ----------------------------------------------------------------------------

// Paragraphs made of the pieces the rules look at, in random order: every finding must point at
// the text it names, inside its paragraph, and nothing may crash or hang.
TEST_F(CheckTest, FindingsPointIntoTheirParagraphsOnAnyInput) {
  const std::vector<std::string> pieces = {"一、",       "（二）",
                                           "(三)",       "1.",
                                           "2、",        "（1）",
                                           "①",          "1.1 ",
                                           "第一章",     "基本情况",
                                           "存在的问题", "特此报告。",
                                           "2026年",     "2月30日",
                                           "xx",         "XX",
                                           "**",         "○○",
                                           "【",         "】",
                                           "{{",         "}}",
                                           "某某",       "，",
                                           ",",          ":",
                                           "：",         "(",
                                           ")",          "\"",
                                           "`",          ".",
                                           " ",          "　",
                                           "\t",         "3.5",
                                           "%",          "http://a.b/c?d",
                                           "a@b.cn",     "的",
                                           "工作",       "A. ",
                                           "I. ",        "\xE6",
                                           "\xFF",       "20xx年x月x日",
                                           "二〇二六年", "中華民國"};
  std::mt19937 random(20261120);
  for (int round = 0; round < 300; ++round) {
    Document document;
    const int paragraphs = static_cast<int>(random() % 12);
    for (int p = 0; p < paragraphs; ++p) {
      Paragraph paragraph;
      const int count = static_cast<int>(random() % 8);
      for (int k = 0; k < count; ++k) paragraph.text += pieces[random() % pieces.size()];
      if (random() % 4 == 0) paragraph.list_label = pieces[random() % 8];
      if (random() % 4 == 0) paragraph.outline_level = static_cast<int>(random() % 4);
      paragraph.centered = random() % 5 == 0;
      document.paragraphs.push_back(paragraph);
    }
    for (const ReportTemplate* report_template :
         {&work_report_, static_cast<ReportTemplate*>(nullptr)}) {
      const CheckResult result = check(document, report_template, &profile_);
      for (const Finding& finding : result.findings) {
        const int count = static_cast<int>(document.paragraphs.size());
        ASSERT_TRUE(finding.paragraph == 0 || finding.paragraph < count) << describe({finding});
        if (count == 0) continue;
        const std::u32string text = decode_utf8(document.paragraphs[finding.paragraph].text);
        ASSERT_GE(finding.offset, 0) << describe({finding});
        ASSERT_LE(finding.offset + finding.length, static_cast<int>(text.size()))
            << describe({finding});
        if (finding.length > 0) {
          EXPECT_EQ(finding.text, encode_utf8(text.substr(finding.offset, finding.length)))
              << describe({finding});
        }
        EXPECT_FALSE(finding.message.empty()) << describe({finding});
      }
    }
  }
}

// ---- Western outlines -----------------------------------------------------------------------

class WesternCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    status_report_ =
        test::value_of(load_template(test::data_file("reports/status_report_template.xml")));
    clean_ = load_report("clean_western.txt");
  }
  CheckResult check(const Document& document) const {
    CheckOptions options;
    options.report_template = &status_report_;
    options.language = Language::En;
    return check_document(document, options);
  }
  ReportTemplate status_report_;
  Document clean_;
};

TEST_F(WesternCheckTest, CleanWesternReportHasNoProblems) {
  EXPECT_EQ(describe(check(clean_).findings), "");
}

TEST_F(WesternCheckTest, DecimalLabelRepeatsItsSectionNumber) {
  const Document document = replaced(clean_, "2.2 Key figures", "3.2 Key figures");
  const Finding finding = only_problem(check(document), "numbering.gap");
  expect_at(finding, paragraph_of(document, "3.2 Key"), 0, 3, "3.2");
  EXPECT_EQ(finding.replacement, "2.2");
  EXPECT_EQ(finding.message, "Numbering gap: “3.2” should be “2.2”");
}

TEST_F(WesternCheckTest, DateInTheTemplatesIsoForm) {
  const Document document = replaced(clean_, "2026-07-10", "2026年7月10日");
  EXPECT_EQ(only_problem(check(document), "date.format").replacement, "2026-07-10");
}

// ---- Settings of the template's <checker> -----------------------------------------------------

TEST_F(CheckTest, TemplateCanSwitchRulesOffOrChangeTheirSeverity) {
  const Document document = replaced(clean_, "三、下一步工作打算", "四、下一步工作打算");
  ReportTemplate off = work_report_;
  off.checker.rules["numbering.gap"].enabled = false;
  EXPECT_EQ(describe(check(document, &off).findings), "");
  ReportTemplate info = work_report_;
  info.checker.rules["numbering.gap"].severity = Severity::Info;
  const std::vector<Finding> findings = check(document, &info).findings;
  ASSERT_EQ(findings.size(), 1u) << describe(findings);
  EXPECT_EQ(findings[0].severity, Severity::Info);
}

}  // namespace
}  // namespace chengbao
