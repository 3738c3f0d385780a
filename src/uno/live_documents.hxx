// What the live check knows of the documents around the paragraphs it is handed. The office gives
// a proofreader a paragraph's text and an opaque document id, not its place: the title, the date
// line and a heading among the others are told apart only by the whole document, so the live
// check keeps, per open document, a LiveContext made as the Check panel checks it.
#pragma once

#include <memory>

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include "check.hpp"
#include "report_template.hpp"

namespace chengbao::ext {

struct LiveSettings;

/// What the live check uses for one paragraph of a document.
struct LiveDocument {
  /// The whole check of the document as it was last read; null when the office's document id
  /// cannot be told apart among the open documents yet.
  std::shared_ptr<const LiveContext> context;
  /// The template the report records it was made from (chengbao_template), loaded; null when it
  /// records none or it does not load.
  std::shared_ptr<const ReportTemplate> recorded;
};

/// The open Writer documents the office has asked about, by its document id. Safe to call from
/// the office's checking thread and others at once. The document is read again (on the calling
/// thread, through the office's API) when it has changed; a very long one at most a tenth of the
/// time (one that takes 150 ms to read no sooner than 1.5 s later), and until then a paragraph
/// typed since is judged by its own text.
class LiveDocuments {
 public:
  LiveDocuments(const css::uno::Reference<css::uno::XComponentContext>& xContext,
                Language eLanguage);
  ~LiveDocuments();
  LiveDocuments(const LiveDocuments&) = delete;
  LiveDocuments& operator=(const LiveDocuments&) = delete;

  /// The document the office calls `rDocumentId`, which holds a paragraph reading `rText`.
  /// Never throws.
  LiveDocument find(const rtl::OUString& rDocumentId, const rtl::OUString& rText,
                    const LiveSettings& rSettings) noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_pImpl;
};

}  // namespace chengbao::ext
