// Tests of whole 公文: the parts (版头, 主体, 附件说明, 附注, 附件, 版记) are found, correct
// documents of five genres check clean, and the rules on those parts find exactly what is wrong.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "check.hpp"
#include "report_layout.hpp"
#include "report_template.hpp"
#include "report_text.hpp"
#include "test_support.hpp"

namespace chengbao {
namespace {

using test::describe;
using test::load_report;
using test::paragraph_of;
using test::problems;

Document gongwen(const std::string& name) { return load_report("../gongwen/" + name + ".txt"); }

CheckResult check(const Document& document, Language language = Language::ZhCN) {
  CheckOptions options;
  options.language = language;
  return check_document(document, options);
}

// `document` with the first `needle` replaced by `replacement`.
Document replaced(Document document, const std::string& needle, const std::string& replacement) {
  const int index = paragraph_of(document, needle);
  if (index < 0) return document;
  std::string& text = document.paragraphs[static_cast<std::size_t>(index)].text;
  text.replace(text.find(needle), needle.size(), replacement);
  return document;
}

// The parts as "id begin-end" lines, paragraphs 0-based.
std::string parts_of(const Document& document) {
  std::string out;
  for (const DocumentPart& part : describe_document(document, CheckOptions{}).parts) {
    out += std::string(part.id) + " " + std::to_string(part.begin) + "-" +
           std::to_string(part.end) + "\n";
  }
  return out;
}

// The findings of `rule` as "paragraph:offset+length «text» → «fix»".
std::string only(const CheckResult& result, const std::string& rule) {
  std::string out;
  for (const Finding& finding : result.findings) {
    if (finding.rule != rule) continue;
    out += std::to_string(finding.paragraph) + ":" + std::to_string(finding.offset) + "+" +
           std::to_string(finding.length) + " «" + finding.text + "»";
    if (finding.replacement) out += " → «" + *finding.replacement + "»";
    out += "\n";
  }
  return out;
}

// ---- correct 公文 of five genres -----------------------------------------------------------

TEST(GongwenTest, CorrectDocumentsOfFiveGenresCheckClean) {
  for (const char* name : {"report", "request", "notice", "letter", "minutes"}) {
    for (Language language : {Language::ZhCN, Language::ZhTW, Language::En}) {
      EXPECT_EQ(describe(problems(check(gongwen(name), language))), "") << name;
    }
  }
}

TEST(GongwenTest, ThePartsOfAReportAreFound) {
  EXPECT_EQ(parts_of(gongwen("report")),
            "masthead 0-4\n"
            "title 5-5\n"
            "addressee 7-7\n"
            "body 8-15\n"
            "attachment-note 17-18\n"
            "signature 20-20\n"
            "date 21-21\n"
            "notes 22-22\n"
            "attachments 24-33\n"
            "colophon 34-36\n");
}

TEST(GongwenTest, ThePartsOfALetterAndOfMinutesAreFound) {
  EXPECT_EQ(parts_of(gongwen("letter")),
            "masthead 0-2\n"
            "title 3-3\n"
            "addressee 5-5\n"
            "body 6-8\n"
            "signature 10-10\n"
            "date 11-11\n"
            "notes 12-12\n");
  EXPECT_EQ(parts_of(gongwen("minutes")),
            "title 0-0\n"
            "body 2-8\n"
            "colophon 9-11\n");
}

TEST(GongwenTest, TheOutlineHoldsOnlyTheBodysHeadings) {
  const DocumentStructure structure = describe_document(gongwen("report"), CheckOptions{});
  std::string headings;
  for (const OutlineEntry& entry : structure.outline.entries) {
    headings += (entry.label ? entry.label->text : "") + entry.heading + "\n";
  }
  // Not the 一、 二、 of the 附件 pages, nor the items of the 附件说明.
  EXPECT_EQ(headings, "一、基本情况\n二、存在的问题\n三、下一步工作打算\n");
}

TEST(GongwenTest, TheGenreComesFromTheTitle) {
  EXPECT_EQ(describe_document(gongwen("request"), CheckOptions{}).layout.genre, Genre::Request);
  EXPECT_EQ(describe_document(gongwen("notice"), CheckOptions{}).layout.genre, Genre::Notice);
  EXPECT_EQ(describe_document(gongwen("letter"), CheckOptions{}).layout.genre, Genre::Letter);
  EXPECT_EQ(describe_document(gongwen("minutes"), CheckOptions{}).layout.genre, Genre::Minutes);
  EXPECT_EQ(genre_from_title(U"东湖银行关于调整营业时间的通告"), Genre::Circular);
  EXPECT_EQ(genre_from_title(U"關於增設網點的請示"), Genre::Request);
  EXPECT_EQ(genre_from_title(U"2026年工作要点"), Genre::Plan);
  EXPECT_FALSE(genre_from_title(U"2026年消费者权益保护工作情况"));
}

// ---- report.request ----------------------------------------------------------------------

TEST(GongwenTest, AReportThatAsksForApprovalIsFlagged) {
  const Document asks = replaced(gongwen("report"), "特此报告。", "妥否，请批示。");
  EXPECT_EQ(only(check(asks), "report.request"), "15:2+6 «妥否，请批示»\n");
  const Document inside =
      replaced(gongwen("report"), "纳入网点年度考核。", "纳入网点年度考核，请予批准。");
  EXPECT_EQ(only(check(inside), "report.request"), "14:37+4 «请予批准»\n");
  EXPECT_EQ(describe(problems(check(inside))).find("closing"), std::string::npos);
}

TEST(GongwenTest, NearMissesOfARequestInAReportAreNotFlagged) {
  // What was decided elsewhere, and the same words in a 请示, are not a request in a 报告.
  const Document told =
      replaced(gongwen("report"), "纳入网点年度考核。", "纳入网点年度考核，方案已报请批准。");
  EXPECT_EQ(only(check(told), "report.request"), "");
  EXPECT_EQ(only(check(gongwen("request")), "report.request"), "");
  const Document review = replaced(gongwen("report"), "特此报告。", "以上报告，请审阅。");
  EXPECT_EQ(describe(problems(check(review))), "");
}

// ---- docnumber.format --------------------------------------------------------------------

TEST(GongwenTest, DocumentNumbersInTheWrongFormAreFlaggedWithTheirFix) {
  const auto number = [](const std::string& written) {
    return only(check(replaced(gongwen("report"), "东湖银滨发〔2026〕15号", written)),
                "docnumber.format");
  };
  EXPECT_EQ(number("东湖银滨发【2026】15号"),
            "3:0+14 «东湖银滨发【2026】15号» → «东湖银滨发〔2026〕15号»\n");
  EXPECT_EQ(number("东湖银滨发[2026]15号"),
            "3:0+14 «东湖银滨发[2026]15号» → «东湖银滨发〔2026〕15号»\n");
  EXPECT_EQ(number("东湖银滨发（2026）15号"),
            "3:0+14 «东湖银滨发（2026）15号» → «东湖银滨发〔2026〕15号»\n");
  EXPECT_EQ(number("东湖银滨发〔2026〕05号"),
            "3:0+14 «东湖银滨发〔2026〕05号» → «东湖银滨发〔2026〕5号»\n");
  EXPECT_EQ(number("东湖银滨发〔2026〕第15号"),
            "3:0+15 «东湖银滨发〔2026〕第15号» → «东湖银滨发〔2026〕15号»\n");
  // Incomplete: no number, no 机关代字. There is no fix to offer.
  EXPECT_EQ(number("东湖银滨发〔2026〕号"), "3:0+12 «东湖银滨发〔2026〕号»\n");
  EXPECT_EQ(number("〔2026〕15号"), "3:0+9 «〔2026〕15号»\n");
}

TEST(GongwenTest, CorrectDocumentNumbersAndNumbersOutsideTheMastheadAreLeftAlone) {
  EXPECT_EQ(
      only(check(replaced(gongwen("report"), "〔2026〕15号", "〔2026〕100号")), "docnumber.format"),
      "");
  // A document number quoted in the body is someone else's, written as they wrote it.
  const Document quoted =
      replaced(gongwen("report"), "根据总行《关于开展2026年网点安全保卫检查的通知》",
               "根据总行《关于开展2026年网点安全保卫检查的通知》（东银发[2026]05号）");
  EXPECT_EQ(only(check(quoted), "docnumber.format"), "");
}

// ---- masthead.signer ---------------------------------------------------------------------

TEST(GongwenTest, AnUpwardDocumentWithAMastheadNamesItsSigner) {
  const Document report = replaced(gongwen("report"), "　　　　　　签发人：林志远", "");
  EXPECT_EQ(only(check(report), "masthead.signer"), "3:0+0 «»\n");
  const Document request = replaced(gongwen("request"), "　　　　　　签发人：林志远", "");
  EXPECT_EQ(only(check(request), "masthead.signer"), "2:0+0 «»\n");
}

TEST(GongwenTest, DownwardDocumentsAndReportsWithoutAMastheadNeedNoSigner) {
  EXPECT_EQ(only(check(gongwen("notice")), "masthead.signer"), "");
  EXPECT_EQ(only(check(gongwen("letter")), "masthead.signer"), "");
  // A bare report (no 版头) has nowhere to show the signer.
  Document bare = gongwen("report");
  bare.paragraphs.erase(bare.paragraphs.begin(), bare.paragraphs.begin() + 5);
  EXPECT_EQ(describe(problems(check(bare))), "");
}

// ---- space.cjk ---------------------------------------------------------------------------

TEST(GongwenTest, SpacesBetweenChineseCharactersAreFlaggedForRemoval) {
  const Document document = replaced(gongwen("report"), "共检查营业网点8个", "共检查 营业网点8个");
  EXPECT_EQ(only(check(document), "space.cjk"), "10:28+1 « » → «»\n");
  const Document wide = replaced(gongwen("report"), "未按月测试。", "未按月测试　。");
  EXPECT_EQ(only(check(wide), "space.cjk"), "12:38+1 «　» → «»\n");
  const Document heading = replaced(gongwen("report"), "二、存在的问题", "二、 存在的问题");
  EXPECT_EQ(only(check(heading), "space.cjk"), "11:2+1 « » → «»\n");
}

TEST(GongwenTest, SpacesThatAlignOrSeparateOtherTextAreLeftAlone) {
  // Indentation, spaces beside digits and Latin letters, the spaced title 「通　知」, the
  // signature, the 版头 and the 版记, which spaces align.
  Document document = replaced(gongwen("report"), "共检查营业网点8个", "共检查营业网点 8 个");
  document = replaced(document, "个别网点监控录像", "个别网点 ATM 监控录像");
  document = replaced(document, "关于2026年网点安全保卫工作情况的报告", "报　　告");
  document = replaced(document, "东湖银行股份有限公司滨江支行", "东湖银行股份有限公司　滨江支行");
  EXPECT_EQ(only(check(document), "space.cjk"), "");
}

// ---- attachment.format -------------------------------------------------------------------

TEST(GongwenTest, AttachmentItemsOutOfOrderOrPunctuatedAreFlagged) {
  const Document order =
      replaced(gongwen("report"), "2. 问题整改情况统计表", "3. 问题整改情况统计表");
  EXPECT_EQ(only(check(order), "attachment.format"), "18:5+2 «3.»\n");
  const Document comma = replaced(gongwen("report"), "1. 网点", "1、网点");
  EXPECT_EQ(only(check(comma), "attachment.format"), "17:5+2 «1、» → «1.»\n");
  const Document end = replaced(gongwen("report"), "问题清单", "问题清单；");
  EXPECT_EQ(only(check(end), "attachment.format"), "17:20+1 «；» → «»\n");
}

TEST(GongwenTest, ASingleAttachmentAndCorrectItemsAreLeftAlone) {
  Document single = gongwen("report");
  single.paragraphs.erase(single.paragraphs.begin() + 18);
  single = replaced(single, "附件：1. 网点安全保卫检查问题清单", "附件：网点安全保卫检查问题清单");
  EXPECT_EQ(only(check(single), "attachment.format"), "");
  EXPECT_EQ(describe_document(single, CheckOptions{}).layout.attachment_note, 17);
  EXPECT_EQ(only(check(gongwen("notice")), "attachment.format"), "");
}

// ---- colophon.format ---------------------------------------------------------------------

TEST(GongwenTest, APrintingLineNamesTheOfficeAndTheDate) {
  const Document no_office =
      replaced(gongwen("notice"), "滨江市应急管理局办公室　　　　　　　　　2026年11月25日印发",
               "2026年11月25日印发");
  EXPECT_EQ(only(check(no_office), "colophon.format"), "26:0+13 «2026年11月25日印发»\n");
  const Document no_date =
      replaced(gongwen("notice"), "　　　　　　　　　2026年11月25日印发", "印发");
  EXPECT_EQ(only(check(no_date), "colophon.format"), "26:0+13 «滨江市应急管理局办公室印发»\n");
  EXPECT_EQ(only(check(gongwen("notice")), "colophon.format"), "");
  // A sentence of the body that ends in 印发 is not a printing line.
  const Document body =
      replaced(gongwen("notice"), "报市应急管理局。", "报市应急管理局。方案另行印发");
  EXPECT_EQ(only(check(body), "colophon.format"), "");
}

// ---- the genre decides what is required ---------------------------------------------------

TEST(GongwenTest, MinutesNeedNoAddresseeSignatureOrDateButAReportDoes) {
  const Document as_report =
      replaced(gongwen("minutes"), "局长办公会议纪要", "局长办公会议情况的报告");
  const std::string found = describe(problems(check(as_report)));
  EXPECT_NE(found.find("addressee.missing"), std::string::npos) << found;
  EXPECT_NE(found.find("signature.missing"), std::string::npos) << found;
  EXPECT_NE(found.find("date.missing"), std::string::npos) << found;
  EXPECT_NE(found.find("closing.missing"), std::string::npos) << found;
}

TEST(GongwenTest, TheSignOfMinutesNamesTheirGenre) {
  // 「会议纪要」 over its number (a 纪要's has no 机关代字), then the issuer and the date on one
  // line: no addressee, signature or date needed.
  const Document document = test::report_from_text(
      "@c会议纪要\n\n@c〔2026〕12号\n@c滨江市应急管理局　　　　2026年11月18日\n\n"
      "　　会议研究了冬季安全生产检查工作。\n一、关于检查安排\n　　12月1日启动。\n");
  const DocumentStructure structure = describe_document(document, CheckOptions{});
  EXPECT_EQ(structure.layout.genre, Genre::Minutes);
  EXPECT_EQ(describe(problems(check(document))), "");
}

TEST(GongwenTest, SignatureAndDateMayShareAParagraphSplitByALineBreak) {
  Document document = gongwen("letter");
  const int signature = 10;  // after the body, before the date
  ASSERT_EQ(document.paragraphs[static_cast<std::size_t>(signature)].text, "滨江市应急管理局");
  document.paragraphs[static_cast<std::size_t>(signature)].text =
      "滨江市应急管理局\n2026年11月26日";
  document.paragraphs.erase(document.paragraphs.begin() + signature + 1);
  EXPECT_EQ(describe(problems(check(document))), "");
  // Without the line break it is one line that is neither a signature nor a date.
  document.paragraphs[static_cast<std::size_t>(signature)].text = "滨江市应急管理局2026年11月26日";
  EXPECT_NE(describe(problems(check(document))).find("date.missing"), std::string::npos);
}

TEST(GongwenTest, ASummaryWithoutATemplateNeedsNoSignatureButItsTemplateAsksForOne) {
  const Document summary = test::report_from_text(
      "@c{Title}2026年消费者权益保护工作总结\n一、基本情况\n　　全年开展宣传活动12场。\n"
      "二、下一步打算\n　　继续做好宣传教育。\n");
  EXPECT_EQ(describe(problems(check(summary))), "");
  const ReportTemplate annual =
      test::value_of(load_template(test::template_dir() + "/annual-summary.xml"));
  CheckOptions options;
  options.report_template = &annual;
  const std::string found = describe(problems(check_document(summary, options)));
  EXPECT_NE(found.find("signature.missing"), std::string::npos) << found;
  EXPECT_NE(found.find("date.missing"), std::string::npos) << found;
}

}  // namespace
}  // namespace chengbao
