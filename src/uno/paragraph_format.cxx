// The look of Writer's paragraphs as the core's ParagraphFormat, with the file readers' meaning.
#include "paragraph_format.hxx"

#include <array>
#include <cmath>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/GetPropertyTolerantResult.hpp>
#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/TolerantPropertySetResultType.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/beans/XTolerantMultiPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

#include "office_lengths.hxx"
#include "ustring.hxx"

using namespace css;
using css::uno::Reference;

namespace chengbao::ext {
namespace {

// The properties a ParagraphFormat is made of, in ascending order of their names, as multi-
// property calls take them. The character properties come first and are also read per portion.
enum Property : unsigned {
  CHAR_FONT_NAME,
  CHAR_FONT_NAME_ASIAN,
  CHAR_HEIGHT_ASIAN,
  CHAR_WEIGHT_ASIAN,
  PARA_BOTTOM_MARGIN,
  PARA_FIRST_LINE_INDENT,
  PARA_LINE_SPACING,
  PARA_TOP_MARGIN,
  SNAP_TO_GRID
};
constexpr unsigned CHARACTER_PROPERTIES = 4;
// What a text portion is: read with its character properties, after them.
constexpr unsigned PORTION_TYPE = CHARACTER_PROPERTIES;
// More looks than this in one paragraph are not counted, as the file readers do not.
constexpr std::size_t MAX_LOOKS = 64;
// A style chain longer than this is a broken document.
constexpr int MAX_STYLE_DEPTH = 64;

uno::Sequence<rtl::OUString> namesOf(const std::vector<const char*>& rNames) {
  uno::Sequence<rtl::OUString> aNames(static_cast<sal_Int32>(rNames.size()));
  rtl::OUString* pNames = aNames.getArray();
  for (std::size_t i = 0; i < rNames.size(); ++i)
    pNames[i] = rtl::OUString::createFromAscii(rNames[i]);
  return aNames;
}

const uno::Sequence<rtl::OUString>& paragraphNames() {
  static const uno::Sequence<rtl::OUString> aNames =
      namesOf({"CharFontName", "CharFontNameAsian", "CharHeightAsian", "CharWeightAsian",
               "ParaBottomMargin", "ParaFirstLineIndent", "ParaLineSpacing", "ParaTopMargin",
               "SnapToGrid"});
  return aNames;
}

const uno::Sequence<rtl::OUString>& characterNames() {
  static const uno::Sequence<rtl::OUString> aNames =
      namesOf({"CharFontName", "CharFontNameAsian", "CharHeightAsian", "CharWeightAsian"});
  return aNames;
}

const uno::Sequence<rtl::OUString>& portionNames() {
  static const uno::Sequence<rtl::OUString> aNames =
      namesOf({"CharFontName", "CharFontNameAsian", "CharHeightAsian", "CharWeightAsian",
               "TextPortionType"});
  return aNames;
}

/// The properties of `rNames` (bit i: rNames[i]) that `xObject` sets itself: a paragraph or a
/// portion (its direct formatting), a style (not what it inherits), the document's defaults (what
/// the document set, not Writer's built-in defaults).
unsigned ownProperties(const Reference<uno::XInterface>& xObject,
                       const uno::Sequence<rtl::OUString>& rNames) {
  Reference<beans::XPropertyState> xStates(xObject, uno::UNO_QUERY);
  if (!xStates.is()) return 0;
  unsigned nOwn = 0;
  try {
    const uno::Sequence<beans::PropertyState> aStates = xStates->getPropertyStates(rNames);
    for (sal_Int32 i = 0; i < aStates.getLength() && i < rNames.getLength(); ++i) {
      if (aStates[i] == beans::PropertyState_DIRECT_VALUE) nOwn |= 1u << i;
    }
    return nOwn;
  } catch (const uno::Exception&) {
    // One unknown name fails the whole call: ask one by one.
  }
  for (sal_Int32 i = 0; i < rNames.getLength(); ++i) {
    try {
      if (xStates->getPropertyState(rNames[i]) == beans::PropertyState_DIRECT_VALUE)
        nOwn |= 1u << i;
    } catch (const uno::Exception&) {
      // Not a property of this object.
    }
  }
  return nOwn;
}

/// Property values of one object, and (when asked for) which it sets itself. A property that
/// cannot be read is void and not set.
struct Values {
  std::vector<uno::Any> aValue;
  unsigned nDirect = 0;  ///< bit i: property i is set on the object itself
};

Values readValues(const Reference<uno::XInterface>& xObject,
                  const uno::Sequence<rtl::OUString>& rNames, bool bStates) {
  const sal_Int32 nCount = rNames.getLength();
  Values aValues;
  aValues.aValue.resize(static_cast<std::size_t>(nCount));
  // Values and states in one call where the object offers it (paragraphs do).
  Reference<beans::XTolerantMultiPropertySet> xTolerant(xObject, uno::UNO_QUERY);
  if (bStates && xTolerant.is()) {
    try {
      const uno::Sequence<beans::GetPropertyTolerantResult> aResults =
          xTolerant->getPropertyValuesTolerant(rNames);
      for (sal_Int32 i = 0; i < nCount && i < aResults.getLength(); ++i) {
        if (aResults[i].Result != beans::TolerantPropertySetResultType::SUCCESS) continue;
        aValues.aValue[static_cast<std::size_t>(i)] = aResults[i].Value;
        if (aResults[i].State == beans::PropertyState_DIRECT_VALUE) aValues.nDirect |= 1u << i;
      }
      return aValues;
    } catch (const uno::Exception&) {
      // Read them otherwise.
    }
  }
  if (bStates) aValues.nDirect = ownProperties(xObject, rNames);
  // Values only cost half: Writer works out the text's attributes once per call, not twice.
  Reference<beans::XMultiPropertySet> xMulti(xObject, uno::UNO_QUERY);
  if (xMulti.is()) {
    try {
      const uno::Sequence<uno::Any> aResults = xMulti->getPropertyValues(rNames);
      for (sal_Int32 i = 0; i < nCount && i < aResults.getLength(); ++i)
        aValues.aValue[static_cast<std::size_t>(i)] = aResults[i];
      return aValues;
    } catch (const uno::Exception&) {
      // One by one.
    }
  }
  Reference<beans::XPropertySet> xProps(xObject, uno::UNO_QUERY);
  for (sal_Int32 i = 0; i < nCount && xProps.is(); ++i) {
    try {
      aValues.aValue[static_cast<std::size_t>(i)] = xProps->getPropertyValue(rNames[i]);
    } catch (const uno::Exception&) {
      // An object without the property leaves it unread.
    }
  }
  return aValues;
}

/// The characters the file readers count for the majority: code points that are not white space
/// (controls and the ASCII, no-break and ideographic spaces).
std::size_t visibleCharacters(const rtl::OUString& rText) {
  std::size_t nCount = 0;
  for (sal_Int32 nIndex = 0; nIndex < rText.getLength();) {
    const sal_uInt32 c = rText.iterateCodePoints(&nIndex);
    if (c > 0x20 && c != 0xA0 && c != 0x3000) ++nCount;
  }
  return nCount;
}

/// The character properties of text portions that look alike, and the characters they hold.
struct Look {
  std::array<uno::Any, CHARACTER_PROPERTIES> aValue;
  Reference<uno::XInterface> xFirst;  ///< its first portion
  std::size_t nCharacters = 0;
  unsigned nDirect = 0;  ///< the properties its first portion sets itself
};

/// The look of most of the paragraph's visible characters: text portions that look alike count
/// together (Writer splits portions for reasons no reader sees); a tie goes to the look met
/// first. Nothing for a paragraph without visible characters.
std::optional<Look> majorityLook(const Reference<text::XTextRange>& xParagraph) {
  std::vector<Look> aLooks;
  Reference<container::XEnumerationAccess> xAccess(xParagraph, uno::UNO_QUERY_THROW);
  Reference<container::XEnumeration> xPortions = xAccess->createEnumeration();
  while (xPortions->hasMoreElements()) {
    Reference<text::XTextRange> xPortion(xPortions->nextElement(), uno::UNO_QUERY);
    if (!xPortion.is()) continue;
    const Values aValues = readValues(xPortion, portionNames(), false);
    rtl::OUString aType;
    if (!(aValues.aValue[PORTION_TYPE] >>= aType) || aType != "Text") continue;
    const std::size_t nCharacters = visibleCharacters(xPortion->getString());
    if (nCharacters == 0) continue;
    Look aLook;
    for (unsigned i = 0; i < CHARACTER_PROPERTIES; ++i) aLook.aValue[i] = aValues.aValue[i];
    bool bCounted = false;
    for (Look& rLook : aLooks) {
      if (rLook.aValue == aLook.aValue) {
        rLook.nCharacters += nCharacters;
        bCounted = true;
        break;
      }
    }
    if (!bCounted && aLooks.size() < MAX_LOOKS) {
      aLook.nCharacters = nCharacters;
      aLook.xFirst = xPortion;
      aLooks.push_back(std::move(aLook));
    }
  }
  const Look* pBest = nullptr;
  for (const Look& rLook : aLooks) {
    if (!pBest || rLook.nCharacters > pBest->nCharacters) pBest = &rLook;
  }
  if (!pBest) return std::nullopt;
  Look aBest = *pBest;
  // Only the winner's states matter: asked of one portion, not of every one.
  aBest.nDirect = ownProperties(aBest.xFirst, characterNames());
  return aBest;
}

double hundredths(double fValue) { return std::round(fValue * 100) / 100; }

/// Writes the settled values into `rFormat` in the core's units.
void convert(const std::vector<uno::Any>& rValues, unsigned nSettled, ParagraphFormat& rFormat) {
  const auto settled = [&](Property eProperty) {
    return (nSettled >> eProperty & 1u) != 0 && rValues[eProperty].hasValue();
  };
  rtl::OUString aFont;
  // A font list ("仿宋;FangSong") is kept as written: the rules take its first name.
  if (settled(CHAR_FONT_NAME_ASIAN) && (rValues[CHAR_FONT_NAME_ASIAN] >>= aFont))
    rFormat.east_asian_font = toUtf8(aFont);
  if (settled(CHAR_FONT_NAME) && (rValues[CHAR_FONT_NAME] >>= aFont))
    rFormat.western_font = toUtf8(aFont);
  float fHeight = 0;
  if (settled(CHAR_HEIGHT_ASIAN) && (rValues[CHAR_HEIGHT_ASIAN] >>= fHeight) && fHeight > 0)
    rFormat.size = hundredths(fHeight);
  float fWeight = 0;
  // Semibold and heavier look bold, as ODF weights from 600 on do to the file readers.
  if (settled(CHAR_WEIGHT_ASIAN) && (rValues[CHAR_WEIGHT_ASIAN] >>= fWeight) &&
      fWeight > awt::FontWeight::DONTKNOW)
    rFormat.bold = fWeight >= awt::FontWeight::SEMIBOLD;
  sal_Int32 nLength = 0;
  if (settled(PARA_FIRST_LINE_INDENT) && (rValues[PARA_FIRST_LINE_INDENT] >>= nLength))
    rFormat.first_line_indent = pointsOf(nLength);
  if (settled(PARA_TOP_MARGIN) && (rValues[PARA_TOP_MARGIN] >>= nLength))
    rFormat.space_before = pointsOf(nLength);
  if (settled(PARA_BOTTOM_MARGIN) && (rValues[PARA_BOTTOM_MARGIN] >>= nLength))
    rFormat.space_after = pointsOf(nLength);
  style::LineSpacing aSpacing;
  if (settled(PARA_LINE_SPACING) && (rValues[PARA_LINE_SPACING] >>= aSpacing)) {
    using LineRule = ParagraphFormat::LineRule;
    switch (aSpacing.Mode) {
      case style::LineSpacingMode::PROP:
        rFormat.line_rule = LineRule::Proportional;
        rFormat.line_value = aSpacing.Height;
        break;
      case style::LineSpacingMode::FIX:
        rFormat.line_rule = LineRule::Exact;
        rFormat.line_value = pointsOf(aSpacing.Height);
        break;
      case style::LineSpacingMode::MINIMUM:
        rFormat.line_rule = LineRule::AtLeast;
        rFormat.line_value = pointsOf(aSpacing.Height);
        break;
      default:
        // LEADING (space between lines) has no counterpart in the model.
        break;
    }
  }
  bool bSnap = true;
  if (settled(SNAP_TO_GRID) && (rValues[SNAP_TO_GRID] >>= bSnap)) rFormat.snap_to_grid = bSnap;
}

}  // namespace

ParagraphFormatReader::ParagraphFormatReader(const Reference<text::XTextDocument>& xDoc) {
  try {
    Reference<style::XStyleFamiliesSupplier> xSupplier(xDoc, uno::UNO_QUERY_THROW);
    m_xStyles.set(xSupplier->getStyleFamilies()->getByName("ParagraphStyles"), uno::UNO_QUERY);
  } catch (const uno::Exception&) {
    // Without styles only the paragraphs' own formatting counts.
  }
  try {
    Reference<lang::XMultiServiceFactory> xFactory(xDoc, uno::UNO_QUERY_THROW);
    m_nDefaults =
        ownProperties(xFactory->createInstance("com.sun.star.text.Defaults"), paragraphNames());
  } catch (const uno::Exception&) {
    // Nor do the document's defaults when they cannot be read.
  }
}

ParagraphFormat ParagraphFormatReader::read(const Reference<text::XTextRange>& xParagraph,
                                            const rtl::OUString& rStyle) {
  ParagraphFormat aFormat;
  try {
    Values aValues = readValues(xParagraph, paragraphNames(), true);
    unsigned nSettled = m_nDefaults | styleProperties(rStyle) | aValues.nDirect;
    std::optional<Look> aLook;
    try {
      aLook = majorityLook(xParagraph);
    } catch (const uno::Exception&) {
      // The paragraph's own character properties stand in for its text's.
    }
    if (aLook) {
      for (unsigned i = 0; i < CHARACTER_PROPERTIES; ++i) aValues.aValue[i] = aLook->aValue[i];
      nSettled |= aLook->nDirect;
    }
    convert(aValues.aValue, nSettled, aFormat);
  } catch (const uno::Exception&) {
    return ParagraphFormat();
  }
  return aFormat;
}

unsigned ParagraphFormatReader::styleProperties(const rtl::OUString& rStyle, int nDepth) {
  if (rStyle.isEmpty() || !m_xStyles.is()) return 0;
  const auto found = m_aStyleProperties.find(rStyle);
  if (found != m_aStyleProperties.end()) return found->second;
  // A style that is its own ancestor ends its chain here.
  m_aStyleProperties[rStyle] = 0;
  unsigned nProperties = 0;
  try {
    Reference<beans::XPropertySet> xStyle(m_xStyles->getByName(rStyle), uno::UNO_QUERY_THROW);
    nProperties = ownProperties(xStyle, paragraphNames());
    rtl::OUString aParent;
    xStyle->getPropertyValue("ParentStyle") >>= aParent;
    if (nDepth < MAX_STYLE_DEPTH) nProperties |= styleProperties(aParent, nDepth + 1);
  } catch (const uno::Exception&) {
    // An unknown style sets nothing.
  }
  m_aStyleProperties[rStyle] = nProperties;
  return nProperties;
}

}  // namespace chengbao::ext
