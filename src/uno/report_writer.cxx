// The Writer adapter's write side: puts a core Skeleton into a Writer document.
#include "report_writer.hxx"

#include <algorithm>
#include <cmath>

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XIndexReplace.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/TabAlign.hpp>
#include <com/sun/star/style/TabStop.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/LabelFollow.hpp>
#include <com/sun/star/text/PositionAndSpaceMode.hpp>
#include <com/sun/star/text/XChapterNumberingSupplier.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include "document_fields.hxx"
#include "undo_context.hxx"
#include "ustring.hxx"

using namespace css;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace chengbao::ext {
namespace {

rtl::OUString ascii(const char* p) { return rtl::OUString::createFromAscii(p); }

beans::PropertyValue prop(const char* pName, const css::uno::Any& rValue) {
  beans::PropertyValue aProp;
  aProp.Name = ascii(pName);
  aProp.Value = rValue;
  return aProp;
}

const char* paragraphStyle(const SkeletonParagraph& rPara) {
  static const char* const aHeadings[] = {"Heading 1", "Heading 2", "Heading 3", "Heading 4"};
  switch (rPara.role) {
    case Role::Title:
      return "Title";
    case Role::Heading:
      return aHeadings[std::clamp(rPara.level, 1, 4) - 1];
    default:
      return "Text body";
  }
}

}  // namespace

void applyOutlineNumbering(const Reference<text::XTextDocument>& xDoc,
                           const std::vector<LevelNumbering>& rLevels) {
  Reference<text::XChapterNumberingSupplier> xSupplier(xDoc, UNO_QUERY_THROW);
  Reference<container::XIndexReplace> xRules = xSupplier->getChapterNumberingRules();
  for (const LevelNumbering& rLevel : rLevels) {
    if (rLevel.level < 1 || rLevel.level > xRules->getCount()) continue;
    const sal_Int16 nType = rLevel.format == CounterFormat::Chinese
                                ? style::NumberingType::NUMBER_LOWER_ZH
                                : style::NumberingType::ARABIC;
    css::uno::Sequence<beans::PropertyValue> aProps(10);
    beans::PropertyValue* p = aProps.getArray();
    p[0] = prop("NumberingType", css::uno::Any(nType));
    p[1] = prop("Prefix", css::uno::Any(toOUString(rLevel.prefix)));
    p[2] = prop("Suffix", css::uno::Any(toOUString(rLevel.suffix)));
    p[3] = prop("ListFormat", css::uno::Any(toOUString(office_list_format(rLevels, rLevel.level))));
    p[4] =
        prop("ParentNumbering", css::uno::Any(sal_Int16(rLevel.with_parents ? rLevel.level : 1)));
    p[5] = prop("StartWith", css::uno::Any(sal_Int16(1)));
    p[6] = prop("PositionAndSpaceMode", css::uno::Any(text::PositionAndSpaceMode::LABEL_ALIGNMENT));
    // Chinese labels run straight into the heading text: 一、基本情况, not a tab.
    p[7] = prop("LabelFollowedBy", css::uno::Any(text::LabelFollow::NOTHING));
    p[8] = prop("IndentAt", css::uno::Any(sal_Int32(0)));
    p[9] = prop("FirstLineIndent", css::uno::Any(sal_Int32(0)));
    xRules->replaceByIndex(rLevel.level - 1, css::uno::Any(aProps));
  }
}

bool hasOutlineNumbering(const Reference<text::XTextDocument>& xDoc) {
  Reference<text::XChapterNumberingSupplier> xSupplier(xDoc, UNO_QUERY_THROW);
  Reference<container::XIndexReplace> xRules = xSupplier->getChapterNumberingRules();
  if (xRules->getCount() == 0) return false;
  css::uno::Sequence<beans::PropertyValue> aLevel;
  xRules->getByIndex(0) >>= aLevel;
  for (const beans::PropertyValue& rProp : aLevel) {
    sal_Int16 nType = style::NumberingType::NUMBER_NONE;
    if (rProp.Name == "NumberingType" && (rProp.Value >>= nType))
      return nType != style::NumberingType::NUMBER_NONE;
  }
  return false;
}

namespace {

/// pt → hundredths of a millimetre, Writer's unit of length.
sal_Int32 toHmm(double fPoints) { return static_cast<sal_Int32>(fPoints * 2540.0 / 72.0 + 0.5); }

// The layout's character and paragraph properties, each set the same way on a paragraph style
// (applyElementStyle) and on a paragraph (applyFormatRepair).

void setFonts(const Reference<beans::XPropertySet>& xProps, const ElementStyle& rStyle) {
  if (!rStyle.fonts.empty())
    xProps->setPropertyValue(ascii("CharFontNameAsian"),
                             css::uno::Any(toOUString(office_east_asian_fonts(rStyle))));
  if (!rStyle.western_fonts.empty())
    xProps->setPropertyValue(ascii("CharFontName"),
                             css::uno::Any(toOUString(office_western_fonts(rStyle))));
}

void setSize(const Reference<beans::XPropertySet>& xProps, double fPoints) {
  const float fSize = static_cast<float>(fPoints);
  xProps->setPropertyValue(ascii("CharHeight"), css::uno::Any(fSize));
  xProps->setPropertyValue(ascii("CharHeightAsian"), css::uno::Any(fSize));
}

void setBold(const Reference<beans::XPropertySet>& xProps, bool bBold) {
  const float fWeight = bBold ? awt::FontWeight::BOLD : awt::FontWeight::NORMAL;
  xProps->setPropertyValue(ascii("CharWeight"), css::uno::Any(fWeight));
  xProps->setPropertyValue(ascii("CharWeightAsian"), css::uno::Any(fWeight));
}

void setAlignment(const Reference<beans::XPropertySet>& xProps, Alignment eAlign) {
  const style::ParagraphAdjust eAdjust = eAlign == Alignment::Center ? style::ParagraphAdjust_CENTER
                                         : eAlign == Alignment::Right ? style::ParagraphAdjust_RIGHT
                                         : eAlign == Alignment::Justify
                                             ? style::ParagraphAdjust_BLOCK
                                             : style::ParagraphAdjust_LEFT;
  xProps->setPropertyValue(ascii("ParaAdjust"), css::uno::Any(sal_Int16(eAdjust)));
}

/// An exact line pitch, rounded down to the office's 1/100 mm: 22 lines of 10.23 mm would not
/// fit in 225 mm.
void setLinePitch(const Reference<beans::XPropertySet>& xProps, double fPoints) {
  style::LineSpacing aSpacing;
  aSpacing.Mode = style::LineSpacingMode::FIX;
  aSpacing.Height = static_cast<sal_Int16>(fPoints * 2540.0 / 72.0);
  xProps->setPropertyValue(ascii("ParaLineSpacing"), css::uno::Any(aSpacing));
}

/// Gives the paragraph style `pStyle` the look of `rStyle` (what it does not prescribe stays).
/// Style properties set through the API are part of the caller's undo step.
void applyElementStyle(const Reference<container::XNameAccess>& xStyles, const char* pStyle,
                       const ElementStyle& rStyle, double fBodySize, double fLinePitch,
                       sal_Int32 nKerning) {
  if (!xStyles->hasByName(ascii(pStyle))) return;
  Reference<beans::XPropertySet> xStyle(xStyles->getByName(ascii(pStyle)), UNO_QUERY_THROW);
  setFonts(xStyle, rStyle);
  if (rStyle.size) setSize(xStyle, *rStyle.size);
  if (rStyle.bold) setBold(xStyle, *rStyle.bold);
  if (rStyle.align) setAlignment(xStyle, *rStyle.align);
  const double fSize = rStyle.size.value_or(fBodySize);
  xStyle->setPropertyValue(ascii("ParaFirstLineIndent"),
                           css::uno::Any(toHmm(rStyle.indent.value_or(0) * fSize)));
  xStyle->setPropertyValue(ascii("ParaTopMargin"),
                           css::uno::Any(toHmm(rStyle.space_before.value_or(0))));
  xStyle->setPropertyValue(ascii("ParaBottomMargin"),
                           css::uno::Any(toHmm(rStyle.space_after.value_or(0))));
  // Characters narrowed to the page's characters per line (GB/T 9704: 28 in 156 mm).
  xStyle->setPropertyValue(ascii("CharKerning"), css::uno::Any(sal_Int16(nKerning)));
  if (fLinePitch > 0) {
    // Every page holds the page's lines (GB/T 9704: 22): no line or heading is pushed over to
    // the next page to keep it with others.
    xStyle->setPropertyValue(ascii("ParaWidows"), css::uno::Any(sal_Int8(0)));
    xStyle->setPropertyValue(ascii("ParaOrphans"), css::uno::Any(sal_Int8(0)));
    xStyle->setPropertyValue(ascii("ParaKeepTogether"), css::uno::Any(false));
  }
  // Lines on the page's pitch (GB/T 9704: 22 lines in 225 mm) for text up to that size.
  if (fLinePitch > 0 && fSize <= fLinePitch) setLinePitch(xStyle, fLinePitch);
}

// A line in two parts (发文字号 and 签发人, 印发机关 and 印发日期): one character in from each
// side, the second part against the right at a right-aligned tab stop.
void spreadOverTheLine(const Reference<text::XTextDocument>& xDoc,
                       const Reference<beans::XPropertySet>& xProps) {
  float fHeight = 12.0f;
  xProps->getPropertyValue(ascii("CharHeightAsian")) >>= fHeight;
  const sal_Int32 nCharacter = sal_Int32(fHeight * 2540 / 72 + 0.5f);
  sal_Int32 nTextWidth = 17000;  // A4 with 20 mm margins, when the page style cannot be read
  rtl::OUString aPageStyle;
  if ((xProps->getPropertyValue(ascii("PageStyleName")) >>= aPageStyle) && !aPageStyle.isEmpty()) {
    Reference<style::XStyleFamiliesSupplier> xFamilies(xDoc, UNO_QUERY_THROW);
    Reference<container::XNameAccess> xPages(
        xFamilies->getStyleFamilies()->getByName(ascii("PageStyles")), UNO_QUERY_THROW);
    Reference<beans::XPropertySet> xPage(xPages->getByName(aPageStyle), UNO_QUERY_THROW);
    sal_Int32 nWidth = 0, nLeft = 0, nRight = 0;
    xPage->getPropertyValue(ascii("Width")) >>= nWidth;
    xPage->getPropertyValue(ascii("LeftMargin")) >>= nLeft;
    xPage->getPropertyValue(ascii("RightMargin")) >>= nRight;
    if (nWidth - nLeft - nRight > 4 * nCharacter) nTextWidth = nWidth - nLeft - nRight;
  }
  xProps->setPropertyValue(ascii("ParaLeftMargin"), css::uno::Any(nCharacter));
  xProps->setPropertyValue(ascii("ParaRightMargin"), css::uno::Any(nCharacter));
  style::TabStop aStop;
  aStop.Position = nTextWidth - 2 * nCharacter;
  aStop.Alignment = style::TabAlign_RIGHT;
  aStop.FillChar = ' ';
  aStop.DecimalChar = '.';
  xProps->setPropertyValue(ascii("ParaTabStops"),
                           css::uno::Any(css::uno::Sequence<style::TabStop>(&aStop, 1)));
}

}  // namespace

void writeParagraphs(const Reference<text::XTextDocument>& xDoc,
                     const Reference<frame::XController>& xController,
                     const std::vector<SkeletonParagraph>& rParagraphs,
                     const std::map<std::string, std::string>& rLiveFields,
                     std::optional<Region> eTraditional, const LayoutSpec* pLayout,
                     bool bNewReport) {
  if (rParagraphs.empty()) return;
  Reference<text::XText> xText = xDoc->getText();
  Reference<text::XTextRange> xStart = xText->getStart();
  if (xController.is()) {
    Reference<text::XTextViewCursorSupplier> xViewSupplier(xController, UNO_QUERY_THROW);
    Reference<text::XTextViewCursor> xView = xViewSupplier->getViewCursor();
    xText = xView->getText();
    xStart = xView->getStart();
  }
  Reference<text::XParagraphCursor> xCursor(xText->createTextCursorByRange(xStart),
                                            UNO_QUERY_THROW);
  // Never split or overwrite the user's paragraph: use it only when it is empty, otherwise
  // start a new paragraph after it.
  if (!(xCursor->isStartOfParagraph() && xCursor->isEndOfParagraph())) {
    xCursor->gotoEndOfParagraph(false);
    xText->insertControlCharacter(xCursor.get(), text::ControlCharacter::PARAGRAPH_BREAK, false);
  }

  Reference<beans::XPropertySet> xProps(xCursor, UNO_QUERY_THROW);
  Reference<beans::XPropertyState> xState(xCursor, UNO_QUERY_THROW);
  bool bHeadingSeen = false;
  for (size_t i = 0; i < rParagraphs.size(); ++i) {
    const SkeletonParagraph& rPara = rParagraphs[i];
    if (i > 0)
      xText->insertControlCharacter(xCursor.get(), text::ControlCharacter::PARAGRAPH_BREAK, false);
    xProps->setPropertyValue(ascii("ParaStyleName"), css::uno::Any(ascii(paragraphStyle(rPara))));
    // A new paragraph inherits the direct formatting of the one before: reset it.
    for (const char* pName : {"ParaAdjust", "ParaFirstLineIndent", "ParaLeftMargin",
                              "ParaRightMargin", "ParaTabStops", "ParaIsNumberingRestart"})
      xState->setPropertyToDefault(ascii(pName));
    if (rPara.role == Role::Masthead) {
      xProps->setPropertyValue(ascii("ParaAdjust"), css::uno::Any(style::ParagraphAdjust_CENTER));
    } else if (rPara.role == Role::DocumentNumber || rPara.role == Role::Colophon) {
      xProps->setPropertyValue(ascii("ParaFirstLineIndent"), css::uno::Any(sal_Int32(0)));
      if (rPara.text.find('\t') != std::string::npos)
        spreadOverTheLine(xDoc, xProps);
      else if (rPara.role == Role::DocumentNumber)
        xProps->setPropertyValue(ascii("ParaAdjust"), css::uno::Any(style::ParagraphAdjust_CENTER));
    } else if (rPara.role == Role::Signature || rPara.role == Role::Date) {
      xProps->setPropertyValue(ascii("ParaAdjust"), css::uno::Any(style::ParagraphAdjust_RIGHT));
      xProps->setPropertyValue(ascii("ParaFirstLineIndent"), css::uno::Any(sal_Int32(0)));
    } else if (rPara.role == Role::Addressee) {
      // The addressee stands at the left margin (GB/T 9704 7.3.2).
      xProps->setPropertyValue(ascii("ParaFirstLineIndent"), css::uno::Any(sal_Int32(0)));
    } else if (rPara.role == Role::Body || rPara.role == Role::Closing) {
      // Chinese body text starts two characters in; 1 pt = 2540/72 hundredths of a millimetre.
      float fHeight = 12.0f;
      xProps->getPropertyValue(ascii("CharHeightAsian")) >>= fHeight;
      xProps->setPropertyValue(ascii("ParaFirstLineIndent"),
                               css::uno::Any(sal_Int32(2 * fHeight * 2540 / 72 + 0.5f)));
    }
    if (bNewReport && rPara.role == Role::Heading && !bHeadingSeen) {
      // A second report in the document counts its headings from 一、 again.
      bHeadingSeen = true;
      xProps->setPropertyValue(ascii("ParaIsNumberingRestart"), css::uno::Any(true));
    }
    for (const TextRun& rRun : rPara.runs) {
      if (!rRun.field.empty() && rLiveFields.count(rRun.field) != 0)
        insertField(xDoc, xText, xCursor.get(), rRun.field);
      else
        xText->insertString(xCursor.get(), toOUString(rRun.text), false);
    }
    const bool bAfterMasthead = i > 0 && rParagraphs[i - 1].role == Role::Masthead;
    if (eTraditional) {
      // A 繁體 report: Writer's spelling, fonts and line breaking go by the region's language.
      xCursor->gotoStartOfParagraph(true);
      lang::Locale aLocale;
      aLocale.Language = ascii("zh");
      aLocale.Country = ascii(region_code(*eTraditional));
      xProps->setPropertyValue(ascii("CharLocaleAsian"), css::uno::Any(aLocale));
      static const LayoutSpec aTraditional = gbt9704_layout(true);
      const ElementStyle* pFaces = aTraditional.style(
          rPara.role == Role::Heading ? heading_element(rPara.level) : LayoutElement::Body);
      xProps->setPropertyValue(ascii("CharFontNameAsian"),
                               css::uno::Any(toOUString(office_east_asian_fonts(*pFaces))));
      xCursor->collapseToEnd();
    }
    const ElementStyle* pColophon =
        pLayout != nullptr ? pLayout->style(LayoutElement::Colophon) : nullptr;
    if (rPara.role == Role::Colophon && pColophon != nullptr && pColophon->size) {
      // The 版记 is set smaller than the body (GB/T 9704 7.4: 四号).
      xCursor->gotoStartOfParagraph(true);
      const float fSize = static_cast<float>(*pColophon->size);
      xProps->setPropertyValue(ascii("CharHeight"), css::uno::Any(fSize));
      xProps->setPropertyValue(ascii("CharHeightAsian"), css::uno::Any(fSize));
      xCursor->collapseToEnd();
    }
    if (rPara.role == Role::Masthead || bAfterMasthead) {
      // The 发文机关标志 is red and larger than the title (GB/T 9704 7.2.4); the paragraph after
      // it, which Writer starts in the same character attributes, gets the style's back.
      xCursor->gotoStartOfParagraph(true);
      if (bAfterMasthead) {
        for (const char* pName : {"CharColor", "CharHeight", "CharHeightAsian"})
          xState->setPropertyToDefault(ascii(pName));
      } else {
        xProps->setPropertyValue(ascii("CharColor"), css::uno::Any(sal_Int32(0xE60012)));
        xProps->setPropertyValue(ascii("CharHeight"), css::uno::Any(26.0f));
        xProps->setPropertyValue(ascii("CharHeightAsian"), css::uno::Any(26.0f));
      }
      xCursor->collapseToEnd();
    }
  }
}

void applyFormatRepair(const Reference<beans::XPropertySet>& xParagraph,
                       const FormatRepair& rRepair) {
  const ElementStyle& rStyle = rRepair.style;
  const std::string& rRule = rRepair.rule;
  if (rRule == "format.font") {
    setFonts(xParagraph, rStyle);
  } else if (rRule == "format.size" && rStyle.size) {
    setSize(xParagraph, *rStyle.size);
  } else if (rRule == "format.weight" && rStyle.bold) {
    setBold(xParagraph, *rStyle.bold);
  } else if (rRule == "format.align" && rStyle.align) {
    setAlignment(xParagraph, *rStyle.align);
  } else if (rRule == "format.indent") {
    xParagraph->setPropertyValue(ascii("ParaFirstLineIndent"), css::uno::Any(toHmm(rRepair.value)));
  } else if (rRule == "format.spacing" && rRepair.value > 0) {
    setLinePitch(xParagraph, rRepair.value);
  }
}

void applyLayoutStyles(const Reference<text::XTextDocument>& xDoc, const LayoutSpec& rLayout) {
  if (rLayout.elements.empty()) return;
  Reference<style::XStyleFamiliesSupplier> xFamilies(xDoc, UNO_QUERY_THROW);
  Reference<container::XNameAccess> xStyles(
      xFamilies->getStyleFamilies()->getByName(ascii("ParagraphStyles")), UNO_QUERY_THROW);
  const ElementStyle* pBody = rLayout.style(LayoutElement::Body);
  const double fBodySize = pBody != nullptr && pBody->size ? *pBody->size : 12.0;
  const double fPitch = rLayout.page ? rLayout.page->line_pitch() : 0.0;
  // What each character of the body gives up (in 1/100 mm, rounded away from zero) so that the
  // page's characters fit on a line: 156 mm / 28 = 5.571 mm, a 16 pt character is 5.644 mm.
  sal_Int16 nKerning = 0;
  if (rLayout.page && rLayout.page->chars > 0) {
    const double fSpare = rLayout.page->text_width() / rLayout.page->chars - fBodySize * 25.4 / 72;
    if (fSpare < 0) nKerning = static_cast<sal_Int16>(std::floor(fSpare * 100));
  }
  const std::pair<LayoutElement, const char*> aStyles[] = {
      {LayoutElement::Body, "Text body"},     {LayoutElement::Title, "Title"},
      {LayoutElement::Heading1, "Heading 1"}, {LayoutElement::Heading2, "Heading 2"},
      {LayoutElement::Heading3, "Heading 3"}, {LayoutElement::Heading4, "Heading 4"}};
  for (const auto& [eElement, pStyle] : aStyles) {
    if (const ElementStyle* pStyle_ = rLayout.style(eElement)) {
      ElementStyle aStyle = *pStyle_;
      // The office's headings are bold; a layout that leaves the weight open gets the text's.
      if (!aStyle.bold && eElement != LayoutElement::Title) aStyle.bold = false;
      applyElementStyle(xStyles, pStyle, aStyle, fBodySize, fPitch,
                        eElement == LayoutElement::Title ? 0 : nKerning);
    }
  }
}

void insertSkeleton(const Reference<text::XTextDocument>& xDoc,
                    const Reference<frame::XController>& xController,
                    const ReportTemplate& rTemplate, const Skeleton& rSkeleton,
                    const DocumentRecord& rRecord,
                    const std::map<std::string, std::string>& rLiveFields,
                    const rtl::OUString& rUndoTitle, std::optional<Region> eTraditional) {
  if (rSkeleton.paragraphs.empty()) return;
  // The properties first, so each field shows its value as soon as it is inserted.
  std::map<std::string, std::string> aProperties = rLiveFields;
  write_record(rRecord, aProperties);
  setFieldValues(xDoc, aProperties);
  UndoContext aUndo(xDoc, rUndoTitle);
  applyOutlineNumbering(xDoc, rTemplate.numbering);
  applyLayoutStyles(xDoc, report_layout(rTemplate.layout, eTraditional.has_value()));
  writeParagraphs(xDoc, xController, rSkeleton.paragraphs, rLiveFields, eTraditional,
                  &rTemplate.layout, true);
  aUndo.commit();
}

}  // namespace chengbao::ext
