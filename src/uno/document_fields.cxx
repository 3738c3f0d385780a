// Organisation values as live fields: document properties shown by docinfo.Custom text fields.
#include "document_fields.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/util/XRefreshable.hpp>
#include <cppuhelper/implbase1.hxx>

#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

uno::Reference<beans::XPropertyContainer> userProperties(
    const uno::Reference<text::XTextDocument>& xDoc) {
  uno::Reference<document::XDocumentPropertiesSupplier> xSupplier(xDoc, uno::UNO_QUERY_THROW);
  return xSupplier->getDocumentProperties()->getUserDefinedProperties();
}

void refreshFields(const uno::Reference<text::XTextDocument>& xDoc) {
  uno::Reference<text::XTextFieldsSupplier> xSupplier(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<util::XRefreshable> xFields(xSupplier->getTextFields(), uno::UNO_QUERY_THROW);
  xFields->refresh();
}

/// Undoes and redoes a change of the organisation values as one step of the document's undo.
class FieldValuesUndo : public cppu::WeakImplHelper1<document::XUndoAction> {
 public:
  FieldValuesUndo(const uno::Reference<text::XTextDocument>& xDoc,
                  std::map<std::string, std::string> aOld, std::map<std::string, std::string> aNew,
                  const rtl::OUString& rTitle)
      : m_xDoc(xDoc), m_aOld(std::move(aOld)), m_aNew(std::move(aNew)), m_aTitle(rTitle) {}

  rtl::OUString SAL_CALL getTitle() override { return m_aTitle; }
  void SAL_CALL undo() override { setFieldValues(m_xDoc, m_aOld); }
  void SAL_CALL redo() override { setFieldValues(m_xDoc, m_aNew); }

 private:
  uno::Reference<text::XTextDocument> m_xDoc;
  std::map<std::string, std::string> m_aOld;
  std::map<std::string, std::string> m_aNew;
  rtl::OUString m_aTitle;
};

}  // namespace

std::map<std::string, std::string> fieldValues(const uno::Reference<text::XTextDocument>& xDoc) {
  std::map<std::string, std::string> aValues;
  uno::Reference<beans::XPropertySet> xProps(userProperties(xDoc), uno::UNO_QUERY_THROW);
  for (const beans::Property& rProp : xProps->getPropertySetInfo()->getProperties()) {
    rtl::OUString aValue;
    if (xProps->getPropertyValue(rProp.Name) >>= aValue)
      aValues[toUtf8(rProp.Name)] = toUtf8(aValue);
  }
  return aValues;
}

void setFieldValues(const uno::Reference<text::XTextDocument>& xDoc,
                    const std::map<std::string, std::string>& rValues) {
  uno::Reference<beans::XPropertyContainer> xContainer = userProperties(xDoc);
  uno::Reference<beans::XPropertySet> xProps(xContainer, uno::UNO_QUERY_THROW);
  uno::Reference<beans::XPropertySetInfo> xInfo = xProps->getPropertySetInfo();
  for (const auto& [rName, rValue] : rValues) {
    const rtl::OUString aName = toOUString(rName);
    const uno::Any aValue(toOUString(rValue));
    if (xInfo->hasPropertyByName(aName))
      xProps->setPropertyValue(aName, aValue);
    else
      xContainer->addProperty(aName, beans::PropertyAttribute::REMOVABLE, aValue);
  }
  refreshFields(xDoc);
}

void insertField(const uno::Reference<text::XTextDocument>& xDoc,
                 const uno::Reference<text::XText>& xText,
                 const uno::Reference<text::XTextRange>& xAt, const std::string& rName) {
  uno::Reference<lang::XMultiServiceFactory> xFactory(xDoc, uno::UNO_QUERY_THROW);
  uno::Reference<beans::XPropertySet> xField(
      xFactory->createInstance("com.sun.star.text.textfield.docinfo.Custom"), uno::UNO_QUERY_THROW);
  xField->setPropertyValue("Name", uno::Any(toOUString(rName)));
  uno::Reference<text::XTextContent> xContent(xField, uno::UNO_QUERY_THROW);
  xText->insertTextContent(xAt, xContent, false);
}

void setFieldValuesUndoable(const uno::Reference<text::XTextDocument>& xDoc,
                            const uno::Reference<document::XUndoManager>& xUndoManager,
                            const std::map<std::string, std::string>& rValues,
                            const rtl::OUString& rTitle) {
  std::map<std::string, std::string> aOld;
  const std::map<std::string, std::string> aCurrent = fieldValues(xDoc);
  for (const auto& [rName, rValue] : rValues) {
    auto it = aCurrent.find(rName);
    aOld[rName] = it == aCurrent.end() ? std::string() : it->second;
  }
  setFieldValues(xDoc, rValues);
  xUndoManager->addUndoAction(new FieldValuesUndo(xDoc, std::move(aOld), rValues, rTitle));
}

}  // namespace chengbao::ext
