// The page Writer lays the body out on as the core's PageFormat, with the file readers' meaning.
#pragma once

#include <optional>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include "document.hpp"

namespace chengbao::ext {

/// The page style `xFirstParagraph` (the first body paragraph) starts on, in mm: size, margins to
/// the text area (a header or footer counts as margin), line grid, and the footer's page number.
/// Unset when the page style cannot be read; no UNO exception escapes.
std::optional<PageFormat> readPageFormat(
    const css::uno::Reference<css::text::XTextDocument>& xDoc,
    const css::uno::Reference<css::text::XTextRange>& xFirstParagraph);

/// How far the footer of page style `xStyle` reaches into the bottom margin, in 1/100 mm (0 when
/// it is off): its height, or its spacing to the body when that is larger (see regionExtent).
/// readPageFormat counts it into margin_bottom; the page setup takes it out again.
sal_Int32 footerExtent(const css::uno::Reference<css::beans::XPropertySet>& xStyle);

}  // namespace chengbao::ext
