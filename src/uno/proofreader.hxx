// The live check: a linguistic2 Proofreader that underlines house-format problems of Chinese
// text as the user types (punct.halfwidth, char.stray, space.cjk, placeholder.leftover,
// date.invalid), each with the checker's message and its safe fix as the suggestion.
#pragma once

#include <memory>

#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include "report_template.hpp"

namespace chengbao::ext {

// For the component's factory table (protocol_handler.cxx); Linguistic.xcu registers the
// implementation as the grammar checker of zh-CN, zh-TW, zh-HK, zh-SG and zh-MO.
css::uno::Reference<css::uno::XInterface> SAL_CALL
createProofreader(const css::uno::Reference<css::uno::XComponentContext>& xContext);
rtl::OUString SAL_CALL proofreaderImplementationName();
css::uno::Sequence<rtl::OUString> SAL_CALL proofreaderServiceNames();

/// What the live check takes from the settings (org.chengbao.Settings), kept until they change.
struct LiveSettings {
  bool on = true;      ///< Check/Live (default on); off, doProofreading finds nothing
  bool hints = false;  ///< Check/Hints: underline findings of severity info too
  /// The default template (Templates/Default) in each script, whose <checker> rule settings
  /// apply; null when there is none or it does not load.
  std::shared_ptr<const ReportTemplate> simplified;
  std::shared_ptr<const ReportTemplate> traditional;
};
LiveSettings liveSettings(const css::uno::Reference<css::uno::XComponentContext>& xContext);

/// The options page's switch of the live check. The office's own Writing Aids list and its
/// automatic checking toggle apply besides.
bool liveCheckOn(const css::uno::Reference<css::uno::XComponentContext>& xContext);
void setLiveCheck(const css::uno::Reference<css::uno::XComponentContext>& xContext, bool bOn,
                  bool bHints);

}  // namespace chengbao::ext
