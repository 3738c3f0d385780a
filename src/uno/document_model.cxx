// The Writer adapter's read side: the open document as the core's Document, in body order.
#include "document_model.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>

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

Paragraph readParagraph(const uno::Reference<text::XTextRange>& xPara) {
  uno::Reference<beans::XPropertySet> xProps(xPara, uno::UNO_QUERY_THROW);
  Paragraph aPara;
  aPara.text = toUtf8(xPara->getString());
  aPara.style = toUtf8(value(xProps, "ParaStyleName", rtl::OUString()));
  aPara.outline_level = value<sal_Int16>(xProps, "OutlineLevel", 0);
  aPara.list_label = toUtf8(value(xProps, "ListLabelString", rtl::OUString()));
  if (!aPara.list_label.empty())
    aPara.list_level = value<sal_Int16>(xProps, "NumberingLevel", 0) + 1;
  // ParaAdjust is a short holding a ParagraphAdjust value.
  const sal_Int16 nAdjust = value<sal_Int16>(xProps, "ParaAdjust", 0);
  aPara.centered = nAdjust == static_cast<sal_Int16>(style::ParagraphAdjust_CENTER);
  aPara.right_aligned = nAdjust == static_cast<sal_Int16>(style::ParagraphAdjust_RIGHT);
  return aPara;
}

void readText(const uno::Reference<text::XText>& xText, std::vector<Paragraph>& rOut);

void readTable(const uno::Reference<text::XTextTable>& xTable, std::vector<Paragraph>& rOut) {
  // Cell names come row by row (A1, B1, …, A2, …), the order a reader reads them.
  for (const rtl::OUString& rName : xTable->getCellNames()) {
    uno::Reference<text::XText> xCell(xTable->getCellByName(rName), uno::UNO_QUERY);
    if (xCell.is()) readText(xCell, rOut);
  }
}

void readText(const uno::Reference<text::XText>& xText, std::vector<Paragraph>& rOut) {
  uno::Reference<container::XEnumerationAccess> xAccess(xText, uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumeration> xElements = xAccess->createEnumeration();
  while (xElements->hasMoreElements()) {
    uno::Reference<lang::XServiceInfo> xInfo(xElements->nextElement(), uno::UNO_QUERY);
    if (!xInfo.is()) continue;
    if (xInfo->supportsService("com.sun.star.text.Paragraph")) {
      rOut.push_back(readParagraph(uno::Reference<text::XTextRange>(xInfo, uno::UNO_QUERY_THROW)));
    } else if (xInfo->supportsService("com.sun.star.text.TextTable")) {
      readTable(uno::Reference<text::XTextTable>(xInfo, uno::UNO_QUERY_THROW), rOut);
    }
  }
}

}  // namespace

Document readDocument(const uno::Reference<text::XTextDocument>& xDoc) {
  Document aDocument;
  uno::Reference<frame::XModel> xModel(xDoc, uno::UNO_QUERY);
  if (xModel.is()) aDocument.file = toSystemPath(xModel->getURL());
  readText(xDoc->getText(), aDocument.paragraphs);
  return aDocument;
}

}  // namespace chengbao::ext
