// The Writer adapter's read side: the open document as the core's Document, in body order.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>

#include "document.hpp"

namespace chengbao::ext {

/// Reads the body paragraphs of `xDoc` (tables cell by cell, in reading order) with text, style,
/// outline level, list label, alignment and format, and the body's page — the same model the file
/// readers make, so Writer and `chengbao check` number and judge paragraphs alike.
Document readDocument(const css::uno::Reference<css::text::XTextDocument>& xDoc);

/// The same without the look (paragraph format, page): what every rule but the format.* ones
/// needs, the live check's reading. About half the time of readDocument.
Document readDocumentText(const css::uno::Reference<css::text::XTextDocument>& xDoc);

}  // namespace chengbao::ext
