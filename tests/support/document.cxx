// Reading and changing a Writer document over UNO, for tests: free functions on a document.
#include "document.hxx"
#include "office_events.hxx"

#include <atomic>
#include <stdexcept>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/linguistic2/LinguServiceEvent.hpp>
#include <com/sun/star/linguistic2/LinguServiceEventFlags.hpp>
#include <com/sun/star/linguistic2/ProofreadingIterator.hpp>
#include <com/sun/star/linguistic2/XLinguServiceEventBroadcaster.hpp>
#include <com/sun/star/linguistic2/XLinguServiceEventListener.hpp>
#include <com/sun/star/linguistic2/XProofreadingIterator.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/TextMarkupType.hpp>
#include <com/sun/star/text/XFlatParagraph.hpp>
#include <com/sun/star/text/XFlatParagraphIterator.hpp>
#include <com/sun/star/text/XFlatParagraphIteratorProvider.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XReplaceDescriptor.hpp>
#include <com/sun/star/util/XReplaceable.hpp>
#include <com/sun/star/util/XSearchDescriptor.hpp>

#include <cppuhelper/implbase1.hxx>

#include "ustring.hxx"

using namespace css;
using chengbao::ext::toFileUrl;
using chengbao::ext::toOUString;
using chengbao::ext::toUtf8;

namespace chengbao::office {
namespace {

beans::PropertyValue property(const char* pName, const uno::Any& rValue) {
  beans::PropertyValue aValue;
  aValue.Name = rtl::OUString::createFromAscii(pName);
  aValue.Value = rValue;
  return aValue;
}

}  // namespace

void saveAs(const uno::Reference<lang::XComponent>& xDoc, const std::string& path,
            const std::string& filter) {
  uno::Reference<frame::XStorable> xStorable(xDoc, uno::UNO_QUERY_THROW);
  uno::Sequence<beans::PropertyValue> aArgs(2);
  aArgs.getArray()[0] = property("FilterName", uno::Any(toOUString(filter)));
  aArgs.getArray()[1] = property("Overwrite", uno::Any(true));
  xStorable->storeToURL(toFileUrl(path), aArgs);
}

void closeDocument(const uno::Reference<lang::XComponent>& xDoc) {
  uno::Reference<util::XCloseable> xCloseable(xDoc, uno::UNO_QUERY);
  if (xCloseable.is())
    xCloseable->close(true);
  else if (xDoc.is())
    xDoc->dispose();
}

std::vector<ParagraphInfo> paragraphs(const uno::Reference<lang::XComponent>& xDoc) {
  std::vector<ParagraphInfo> result;
  uno::Reference<text::XTextDocument> xText(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumerationAccess> xAccess(xText->getText(), uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumeration> xParas = xAccess->createEnumeration();
  while (xParas->hasMoreElements()) {
    uno::Reference<lang::XServiceInfo> xInfo(xParas->nextElement(), uno::UNO_QUERY);
    if (!xInfo.is() || !xInfo->supportsService("com.sun.star.text.Paragraph")) continue;
    uno::Reference<text::XTextRange> xRange(xInfo, uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet> xProps(xInfo, uno::UNO_QUERY_THROW);
    ParagraphInfo info;
    info.text = toUtf8(xRange->getString());
    rtl::OUString aValue;
    xProps->getPropertyValue("ParaStyleName") >>= aValue;
    info.style = toUtf8(aValue);
    sal_Int16 nLevel = 0;
    xProps->getPropertyValue("OutlineLevel") >>= nLevel;
    info.outlineLevel = nLevel;
    aValue.clear();
    xProps->getPropertyValue("ListLabelString") >>= aValue;
    info.label = toUtf8(aValue);
    uno::Any aAdjust = xProps->getPropertyValue("ParaAdjust");
    sal_Int32 nAdjust = 0;
    if (!(aAdjust >>= nAdjust)) {
      sal_Int16 nShort = 0;
      aAdjust >>= nShort;
      nAdjust = nShort;
    }
    info.adjust = nAdjust;
    result.push_back(std::move(info));
  }
  return result;
}

namespace {

/// The body paragraph at `index`, counting paragraphs only (tables are skipped as a whole).
uno::Reference<beans::XPropertySet> paragraphAt(const uno::Reference<lang::XComponent>& xDoc,
                                                size_t index) {
  uno::Reference<text::XTextDocument> xText(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumerationAccess> xAccess(xText->getText(), uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumeration> xParas = xAccess->createEnumeration();
  size_t current = 0;
  while (xParas->hasMoreElements()) {
    uno::Reference<lang::XServiceInfo> xInfo(xParas->nextElement(), uno::UNO_QUERY);
    if (!xInfo.is() || !xInfo->supportsService("com.sun.star.text.Paragraph")) continue;
    if (current++ == index) return uno::Reference<beans::XPropertySet>(xInfo, uno::UNO_QUERY_THROW);
  }
  throw std::out_of_range("no paragraph " + std::to_string(index));
}

}  // namespace

void setParagraphStyle(const uno::Reference<lang::XComponent>& xDoc, size_t index,
                       const std::string& style) {
  paragraphAt(xDoc, index)->setPropertyValue("ParaStyleName", uno::Any(toOUString(style)));
}

void appendParagraph(const uno::Reference<lang::XComponent>& xDoc, const std::string& text) {
  uno::Reference<text::XTextDocument> xDocument(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<text::XText> xText = xDocument->getText();
  if (!xText->getString().isEmpty())
    xText->insertControlCharacter(xText->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK, false);
  xText->insertString(xText->getEnd(), toOUString(text), false);
}

void appendToParagraph(const uno::Reference<lang::XComponent>& xDoc, size_t index,
                       const std::string& text) {
  uno::Reference<text::XTextRange> xPara(paragraphAt(xDoc, index), uno::UNO_QUERY_THROW);
  xPara->getText()->insertString(xPara->getEnd(), toOUString(text), false);
}

void appendTable(const uno::Reference<lang::XComponent>& xDoc,
                 const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty() || rows.front().empty()) return;
  uno::Reference<text::XTextDocument> xDocument(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<lang::XMultiServiceFactory> xFactory(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<text::XTextTable> xTable(xFactory->createInstance("com.sun.star.text.TextTable"),
                                          uno::UNO_QUERY_THROW);
  xTable->initialize(static_cast<sal_Int32>(rows.size()),
                     static_cast<sal_Int32>(rows.front().size()));
  uno::Reference<text::XText> xText = xDocument->getText();
  xText->insertTextContent(xText->getEnd(), xTable.get(), false);
  const uno::Sequence<rtl::OUString> aNames = xTable->getCellNames();
  size_t cell = 0;
  for (const auto& row : rows) {
    for (const std::string& value : row) {
      uno::Reference<text::XText> xCell(xTable->getCellByName(aNames[cell++]),
                                        uno::UNO_QUERY_THROW);
      xCell->setString(toOUString(value));
    }
  }
}

std::vector<std::string> tableCellTexts(const uno::Reference<lang::XComponent>& xDoc) {
  std::vector<std::string> result;
  uno::Reference<text::XTextDocument> xText(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumerationAccess> xAccess(xText->getText(), uno::UNO_QUERY_THROW);
  uno::Reference<container::XEnumeration> xElements = xAccess->createEnumeration();
  while (xElements->hasMoreElements()) {
    uno::Reference<text::XTextTable> xTable(xElements->nextElement(), uno::UNO_QUERY);
    if (!xTable.is()) continue;
    for (const rtl::OUString& rName : xTable->getCellNames()) {
      uno::Reference<text::XText> xCell(xTable->getCellByName(rName), uno::UNO_QUERY_THROW);
      result.push_back(toUtf8(xCell->getString()));
    }
  }
  return result;
}

void insertParagraphBefore(const uno::Reference<lang::XComponent>& xDoc, size_t index,
                           const std::string& text) {
  uno::Reference<text::XTextRange> xPara(paragraphAt(xDoc, index), uno::UNO_QUERY_THROW);
  uno::Reference<text::XText> xText = xPara->getText();
  uno::Reference<text::XTextRange> xCursor(xText->createTextCursorByRange(xPara->getStart()),
                                           uno::UNO_QUERY_THROW);
  xText->insertString(xCursor, toOUString(text), false);
  xText->insertControlCharacter(xCursor, text::ControlCharacter::PARAGRAPH_BREAK, false);
}

void moveCursorToStart(const uno::Reference<lang::XComponent>& xDoc) {
  uno::Reference<frame::XModel> xModel(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<text::XTextViewCursorSupplier> xSupplier(xModel->getCurrentController(),
                                                          uno::UNO_QUERY_THROW);
  xSupplier->getViewCursor()->gotoStart(false);
}

void moveCursorToEndOfParagraph(const uno::Reference<lang::XComponent>& xDoc, size_t index) {
  uno::Reference<text::XTextRange> xPara(paragraphAt(xDoc, index), uno::UNO_QUERY_THROW);
  uno::Reference<frame::XModel> xModel(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<text::XTextViewCursorSupplier> xSupplier(xModel->getCurrentController(),
                                                          uno::UNO_QUERY_THROW);
  xSupplier->getViewCursor()->gotoRange(xPara->getEnd(), false);
}

std::string undoTitle(const uno::Reference<lang::XComponent>& xDoc) {
  uno::Reference<document::XUndoManagerSupplier> xSupplier(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<document::XUndoManager> xManager = xSupplier->getUndoManager();
  return xManager->isUndoPossible() ? toUtf8(xManager->getCurrentUndoActionTitle()) : std::string();
}

std::vector<std::string> undoTitles(const uno::Reference<lang::XComponent>& xDoc) {
  uno::Reference<document::XUndoManagerSupplier> xSupplier(xDoc, uno::UNO_QUERY_THROW);
  std::vector<std::string> titles;
  for (const rtl::OUString& rTitle : xSupplier->getUndoManager()->getAllUndoActionTitles())
    titles.push_back(toUtf8(rTitle));
  return titles;
}

sal_Int32 pageStyleValue(const uno::Reference<lang::XComponent>& xDoc, const char* property) {
  uno::Reference<style::XStyleFamiliesSupplier> xFamilies(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<container::XNameAccess> xPages(
      xFamilies->getStyleFamilies()->getByName("PageStyles"), uno::UNO_QUERY_THROW);
  uno::Reference<beans::XPropertySet> xStyle(xPages->getByName("Standard"), uno::UNO_QUERY_THROW);
  sal_Int32 value = 0;
  xStyle->getPropertyValue(rtl::OUString::createFromAscii(property)) >>= value;
  return value;
}

bool undo(const uno::Reference<lang::XComponent>& xDoc) {
  uno::Reference<document::XUndoManagerSupplier> xSupplier(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<document::XUndoManager> xManager = xSupplier->getUndoManager();
  if (!xManager->isUndoPossible()) return false;
  xManager->undo();
  return true;
}

std::vector<LiveError> liveErrors(const uno::Reference<uno::XComponentContext>& xContext,
                                  const uno::Reference<lang::XComponent>& xDoc) {
  const uno::Reference<linguistic2::XProofreadingIterator> xIterator =
      linguistic2::ProofreadingIterator::create(xContext);
  const uno::Reference<text::XFlatParagraphIterator> xParagraphs =
      uno::Reference<text::XFlatParagraphIteratorProvider>(xDoc, uno::UNO_QUERY_THROW)
          ->getFlatParagraphIterator(text::TextMarkupType::PROOFREADING, false);
  std::vector<LiveError> errors;
  for (uno::Reference<text::XFlatParagraph> xParagraph = xParagraphs->getFirstPara();
       xParagraph.is(); xParagraph = xParagraphs->getNextPara()) {
    const rtl::OUString aText = xParagraph->getText();
    if (aText.isEmpty()) continue;
    const linguistic2::ProofreadingResult aResult = xIterator->checkSentenceAtPosition(
        xDoc, xParagraph, aText, xParagraph->getPrimaryLanguageOfText(0, aText.getLength()), 0,
        aText.getLength(), 0);
    for (const linguistic2::SingleProofreadingError& rError : aResult.aErrors) {
      LiveError error{toUtf8(aText),
                      toUtf8(rError.aRuleIdentifier),
                      rError.nErrorStart,
                      rError.nErrorLength,
                      {}};
      for (const rtl::OUString& aSuggestion : rError.aSuggestions)
        error.suggestions.push_back(toUtf8(aSuggestion));
      errors.push_back(std::move(error));
    }
  }
  return errors;
}

void makeChinese(const Doc& xDoc) {
  uno::Reference<text::XTextDocument> xText(xDoc, uno::UNO_QUERY_THROW);
  const uno::Reference<text::XTextCursor> xCursor = xText->getText()->createTextCursor();
  xCursor->gotoStart(false);
  xCursor->gotoEnd(true);
  uno::Reference<beans::XPropertySet>(xCursor, uno::UNO_QUERY_THROW)
      ->setPropertyValue("CharLocaleAsian", uno::Any(lang::Locale("zh", "CN", "")));
}

class ProofreadingPasses::Listener
    : public cppu::WeakImplHelper1<linguistic2::XLinguServiceEventListener> {
 public:
  void SAL_CALL processLinguServiceEvent(const linguistic2::LinguServiceEvent& rEvent) override {
    if (rEvent.nEvent & linguistic2::LinguServiceEventFlags::PROOFREAD_AGAIN) ++passes;
  }
  void SAL_CALL disposing(const lang::EventObject&) override {}
  std::atomic<int> passes{0};
};

ProofreadingPasses::ProofreadingPasses(const uno::Reference<uno::XComponentContext>& xContext)
    : m_pListener(new Listener) {
  m_xListener = static_cast<cppu::OWeakObject*>(m_pListener);
  const uno::Reference<linguistic2::XLinguServiceEventBroadcaster> xIterator(
      linguistic2::ProofreadingIterator::create(xContext), uno::UNO_QUERY_THROW);
  xIterator->addLinguServiceEventListener(m_pListener);
  m_xIterator = xIterator;
}

ProofreadingPasses::~ProofreadingPasses() {
  try {
    uno::Reference<linguistic2::XLinguServiceEventBroadcaster>(m_xIterator, uno::UNO_QUERY_THROW)
        ->removeLinguServiceEventListener(m_pListener);
  } catch (...) {
    // The office has gone: nothing to stop listening to.
  }
}

int ProofreadingPasses::count() const { return m_pListener->passes.load(); }

bool checkingDue(const uno::Reference<lang::XComponent>& xDoc, sal_Int32 nType) {
  return uno::Reference<text::XFlatParagraphIteratorProvider>(xDoc, uno::UNO_QUERY_THROW)
      ->getFlatParagraphIterator(nType, true)
      ->getFirstPara()
      .is();
}

int replaceAll(const uno::Reference<lang::XComponent>& xDoc, const std::string& pattern,
               const std::string& replacement) {
  uno::Reference<util::XReplaceable> xReplaceable(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<util::XReplaceDescriptor> xDescriptor = xReplaceable->createReplaceDescriptor();
  xDescriptor->setSearchString(toOUString(pattern));
  xDescriptor->setReplaceString(toOUString(replacement));
  uno::Reference<beans::XPropertySet>(xDescriptor, uno::UNO_QUERY_THROW)
      ->setPropertyValue("SearchRegularExpression", uno::Any(true));
  return xReplaceable->replaceAll(
      uno::Reference<util::XSearchDescriptor>(xDescriptor, uno::UNO_QUERY_THROW));
}

size_t nthHeading(const std::vector<ParagraphInfo>& paras, int level, int n) {
  for (size_t i = 0; i < paras.size(); ++i)
    if (paras[i].outlineLevel == level && --n == 0) return i;
  return paras.size();
}

std::vector<std::string> accessibleChildNames(
    const uno::Reference<accessibility::XAccessibleContext>& xContext) {
  std::vector<std::string> names;
  for (sal_Int32 i = 0; i < xContext->getAccessibleChildCount(); ++i) {
    const uno::Reference<accessibility::XAccessible> xChild = xContext->getAccessibleChild(i);
    const uno::Reference<accessibility::XAccessibleContext> xChildContext =
        xChild->getAccessibleContext();
    keepAlive(xChild);  // see keepAlive()
    keepAlive(xChildContext);
    names.push_back(toUtf8(xChildContext->getAccessibleName()));
  }
  return names;
}

}  // namespace chengbao::office
