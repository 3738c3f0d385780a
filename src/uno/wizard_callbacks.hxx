// Control listeners for the wizard that call a C++ function and let no exception out.
#pragma once

#include <functional>

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XAdjustmentListener.hpp>
#include <com/sun/star/awt/XFocusListener.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <cppuhelper/implbase5.hxx>

namespace chengbao::ext {

/// One listener for every kind of control event the wizard uses. The callback gets the item id
/// of an item event (the roadmap's step), the value of an adjustment event (the scroll bar's
/// position), and 0 for the others. A control event arrives on the office's main loop, where an
/// escaping exception would abort the office: everything thrown is caught and logged here.
class ControlCallback
    : public cppu::WeakImplHelper5<css::awt::XActionListener, css::awt::XItemListener,
                                   css::awt::XTextListener, css::awt::XFocusListener,
                                   css::awt::XAdjustmentListener> {
 public:
  explicit ControlCallback(std::function<void(sal_Int32)> aCallback)
      : m_aCallback(std::move(aCallback)) {}

  /// Stops calling: the dialog the callback belongs to is going away.
  void disconnect() { m_aCallback = nullptr; }

  void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override { call(0); }
  void SAL_CALL itemStateChanged(const css::awt::ItemEvent& rEvent) override {
    call(rEvent.ItemId);
  }
  void SAL_CALL textChanged(const css::awt::TextEvent&) override { call(0); }
  void SAL_CALL focusGained(const css::awt::FocusEvent&) override { call(0); }
  void SAL_CALL focusLost(const css::awt::FocusEvent&) override {}
  void SAL_CALL adjustmentValueChanged(const css::awt::AdjustmentEvent& rEvent) override {
    call(rEvent.Value);
  }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  void call(sal_Int32 nValue) noexcept;

  std::function<void(sal_Int32)> m_aCallback;
};

}  // namespace chengbao::ext
