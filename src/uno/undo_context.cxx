// One undo step for a command's changes, left however the command ends; a failure is undone.
#include "undo_context.hxx"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

using namespace css;

namespace chengbao::ext {

UndoContext::UndoContext(const uno::Reference<document::XUndoManager>& xManager,
                         const rtl::OUString& rTitle)
    : m_xManager(xManager),
      m_aTitle(rTitle),
      m_nStepsBefore(xManager->getAllUndoActionTitles().getLength()) {
  m_xManager->enterUndoContext(m_aTitle);
}

UndoContext::UndoContext(const uno::Reference<text::XTextDocument>& xDoc,
                         const rtl::OUString& rTitle)
    : UndoContext(uno::Reference<document::XUndoManagerSupplier>(xDoc, uno::UNO_QUERY_THROW)
                      ->getUndoManager(),
                  rTitle) {}

UndoContext::~UndoContext() {
  try {
    m_xManager->leaveUndoContext();
    // A context that recorded nothing leaves no step: then the step on top is someone else's
    // (perhaps an earlier run of the same command) and must stay.
    if (!m_bCommitted && m_xManager->getAllUndoActionTitles().getLength() > m_nStepsBefore &&
        m_xManager->getCurrentUndoActionTitle() == m_aTitle)
      m_xManager->undo();
  } catch (...) {
    // A destructor must not throw; the original error is already on its way.
  }
}

}  // namespace chengbao::ext
