// The Writer adapter's read side: the open document as the core's Document, in body order.
#include "document_model.hxx"

#include <optional>
#include <vector>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include "document_fields.hxx"
#include "page_format.hxx"
#include "paragraph_format.hxx"
#include "text_ranges.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

template <typename T>
T value(const uno::Reference<beans::XPropertySet>& xProps, const char* pName, T aDefault) {
  try {
    xProps->getPropertyValue(rtl::OUString::createFromAscii(pName)) >>= aDefault;
  } catch (const uno::Exception&) {
    // A paragraph without the property (e.g. no numbering) keeps the default.
  }
  return aDefault;
}

Paragraph readParagraph(const uno::Reference<text::XTextRange>& xPara,
                        ParagraphFormatReader* pFormats) {
  uno::Reference<beans::XPropertySet> xProps(xPara, uno::UNO_QUERY_THROW);
  Paragraph aPara;
  aPara.text = toUtf8(xPara->getString());
  const rtl::OUString aStyle = value(xProps, "ParaStyleName", rtl::OUString());
  aPara.style = toUtf8(aStyle);
  aPara.outline_level = value<sal_Int16>(xProps, "OutlineLevel", 0);
  aPara.list_label = toUtf8(value(xProps, "ListLabelString", rtl::OUString()));
  if (!aPara.list_label.empty())
    aPara.list_level = value<sal_Int16>(xProps, "NumberingLevel", 0) + 1;
  // ParaAdjust is a short holding a ParagraphAdjust value.
  const sal_Int16 nAdjust = value<sal_Int16>(xProps, "ParaAdjust", 0);
  aPara.centered = nAdjust == static_cast<sal_Int16>(style::ParagraphAdjust_CENTER);
  aPara.right_aligned = nAdjust == static_cast<sal_Int16>(style::ParagraphAdjust_RIGHT);
  if (pFormats != nullptr) aPara.format = pFormats->read(xPara, aStyle);
  return aPara;
}

Document read(const uno::Reference<text::XTextDocument>& xDoc, bool bLook) {
  Document aDocument;
  uno::Reference<frame::XModel> xModel(xDoc, uno::UNO_QUERY);
  if (xModel.is()) aDocument.file = toSystemPath(xModel->getURL());
  // The same walk that finds paragraphs for fixes and selections, so indices agree.
  const std::vector<uno::Reference<text::XTextRange>> aParagraphs = bodyParagraphs(xDoc);
  std::optional<ParagraphFormatReader> oFormats;
  if (bLook) oFormats.emplace(xDoc);
  for (const uno::Reference<text::XTextRange>& xPara : aParagraphs)
    aDocument.paragraphs.push_back(readParagraph(xPara, oFormats ? &*oFormats : nullptr));
  if (bLook)
    aDocument.page = readPageFormat(xDoc, aParagraphs.empty() ? nullptr : aParagraphs.front());
  aDocument.properties = fieldValues(xDoc);
  return aDocument;
}

}  // namespace

Document readDocument(const uno::Reference<text::XTextDocument>& xDoc) { return read(xDoc, true); }

Document readDocumentText(const uno::Reference<text::XTextDocument>& xDoc) {
  return read(xDoc, false);
}

}  // namespace chengbao::ext
