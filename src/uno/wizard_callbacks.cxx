// Control listeners for the wizard that call a C++ function and let no exception out.
#include "wizard_callbacks.hxx"

#include <exception>

#include <com/sun/star/uno/Exception.hpp>
#include <sal/log.hxx>

namespace chengbao::ext {

void ControlCallback::call(sal_Int32 nValue) noexcept {
  try {
    if (m_aCallback) m_aCallback(nValue);
  } catch (const css::uno::Exception& rException) {
    SAL_WARN("chengbao", "wizard: " << rException.Message);
  } catch (const std::exception& rException) {
    SAL_WARN("chengbao", "wizard: " << rException.what());
  } catch (...) {
    SAL_WARN("chengbao", "wizard: unexpected error in a control callback");
  }
}

}  // namespace chengbao::ext
