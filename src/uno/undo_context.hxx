// One undo step for a command's changes, left however the command ends; a failure is undone.
#pragma once

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

namespace chengbao::ext {

/// Enters an undo context titled `rTitle` and leaves it when it goes out of scope, so everything
/// done meanwhile is one step of the document's undo. Unless commit() was called, the partial
/// changes are undone again: a failed command leaves the document as it was (unless the undo
/// stack was full, when a new step cannot be told from the old ones).
class UndoContext {
 public:
  UndoContext(const css::uno::Reference<css::document::XUndoManager>& xManager,
              const rtl::OUString& rTitle);
  /// The context of the document's own undo manager.
  UndoContext(const css::uno::Reference<css::text::XTextDocument>& xDoc,
              const rtl::OUString& rTitle);
  UndoContext(const UndoContext&) = delete;
  UndoContext& operator=(const UndoContext&) = delete;
  ~UndoContext();

  void commit() { m_bCommitted = true; }

 private:
  css::uno::Reference<css::document::XUndoManager> m_xManager;
  rtl::OUString m_aTitle;
  sal_Int32 m_nStepsBefore = 0;  ///< undo steps before the context: did it add one?
  bool m_bCommitted = false;
};

}  // namespace chengbao::ext
