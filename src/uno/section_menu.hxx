// The Insert Section submenu (报告 ▸ 插入章节): a popup menu controller that lists the sections of
// the document's template each time the menu opens; choosing one dispatches
// vnd.chengbao:InsertSection with that section.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace chengbao::ext {

// For the component's factory table (protocol_handler.cxx); Controller.xcu names the
// implementation for the command vnd.chengbao:InsertSection.
css::uno::Reference<css::uno::XInterface> SAL_CALL
createSectionMenu(const css::uno::Reference<css::uno::XComponentContext>& xContext);
rtl::OUString SAL_CALL sectionMenuImplementationName();
css::uno::Sequence<rtl::OUString> SAL_CALL sectionMenuServiceNames();

}  // namespace chengbao::ext
