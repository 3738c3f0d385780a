// The Writer adapter's write side: puts a core Skeleton into a Writer document.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <com/sun/star/beans/XPropertySet.hpp>

#include "format_fix.hpp"
#include "report_template.hpp"
#include "skeleton.hpp"

namespace chengbao::ext {

/// Sets the document's outline (chapter) numbering to the template's label scheme, so that
/// Heading 1..N carry automatic labels such as 一、 （一） 1. （1）.
void applyOutlineNumbering(const css::uno::Reference<css::text::XTextDocument>& xDoc,
                           const std::vector<LevelNumbering>& rLevels);

/// True when the document's outline (chapter) numbering gives Heading 1 a label.
bool hasOutlineNumbering(const css::uno::Reference<css::text::XTextDocument>& xDoc);

/// Gives the paragraph styles a report is written in (Text body, Title, Heading 1–4) the look of
/// the template's <layout>: typefaces, size, weight, alignment, indent, line pitch. Part of the
/// caller's undo step.
void applyLayoutStyles(const css::uno::Reference<css::text::XTextDocument>& xDoc,
                       const LayoutSpec& rLayout);

/// Sets the property a format fix asks for (format_fix.hpp) on the paragraph `xParagraph`, over
/// its whole text: typefaces, size, weight, alignment, first-line indent or line pitch.
void applyFormatRepair(const css::uno::Reference<css::beans::XPropertySet>& xParagraph,
                       const FormatRepair& rRepair);

/// Writes `rParagraphs` after the paragraph that holds the view cursor (into it when it is
/// empty), each in the style of its role and level; values of the fields named in `rLiveFields`
/// become fields showing the document property of that name. Never removes existing text; the
/// caller makes it one undo step. With `eTraditional` the text is tagged zh-TW or zh-HK and set
/// in a Traditional Chinese font. With `pLayout` the 版记 gets its size. A new report
/// (`bNewReport`) counts its headings from 一、 again; a section continues the numbering.
void writeParagraphs(const css::uno::Reference<css::text::XTextDocument>& xDoc,
                     const css::uno::Reference<css::frame::XController>& xController,
                     const std::vector<SkeletonParagraph>& rParagraphs,
                     const std::map<std::string, std::string>& rLiveFields,
                     std::optional<Region> eTraditional = std::nullopt,
                     const LayoutSpec* pLayout = nullptr, bool bNewReport = false);

/// Inserts the skeleton after the paragraph that holds the view cursor (into it when it is
/// empty), with the outline numbering of `rTemplate`, as one undo step titled `rUndoTitle`.
/// The record (template, script, date style, topic) is kept as document properties.
/// Values of the fields named in `rLiveFields` become document properties shown by fields, so
/// ApplyProfile can re-fill them. Never removes existing text; on failure the partial insertion
/// is undone and the error thrown.
void insertSkeleton(const css::uno::Reference<css::text::XTextDocument>& xDoc,
                    const css::uno::Reference<css::frame::XController>& xController,
                    const ReportTemplate& rTemplate, const Skeleton& rSkeleton,
                    const DocumentRecord& rRecord,
                    const std::map<std::string, std::string>& rLiveFields,
                    const rtl::OUString& rUndoTitle,
                    std::optional<Region> eTraditional = std::nullopt);

}  // namespace chengbao::ext
