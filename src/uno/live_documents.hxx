// What the live check knows of the documents around the paragraphs it is handed. The office gives
// a proofreader a paragraph's text and an opaque document id, not its place: the title, the date
// line and a heading among the others are told apart only by the whole document, so the live
// check keeps, per open Writer document, a LiveContext made as the Check panel checks it.
//
// Threads: the office calls the proofreader from its checking thread, while documents change and
// close on the main thread (or on a remote caller's, under the office's lock). So a document is
// only ever read on the main thread, in a callback posted to its loop (awt::AsyncCallback), where
// no other thread can change or close it meanwhile; the checking thread only looks up what was
// read. When a new reading judges a paragraph otherwise than the office was told, the office is
// asked for another pass (LinguServiceEventFlags::PROOFREAD_AGAIN), and only then.
#pragma once

#include <memory>

#include <com/sun/star/linguistic2/XLinguServiceEventListener.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include "check.hpp"
#include "report_template.hpp"

namespace chengbao::ext {

struct LiveSettings;

/// What the live check uses for one paragraph of a document.
struct LiveDocument {
  /// The whole check of the document as it was last read; null while the office's document id
  /// cannot be told apart among the open documents, or the document has not been read yet.
  std::shared_ptr<const LiveContext> context;
  /// The template the report records it was made from (chengbao_template), loaded; null when it
  /// records none or it does not load.
  std::shared_ptr<const ReportTemplate> recorded;
};

/// The open Writer documents, read on the main thread when they open and after they change: one
/// read in under 20 ms (some 500 paragraphs) at every change, a longer one at most a tenth of the
/// time (one that takes 300 ms no sooner than 3 s after its last reading, then without waiting for
/// another change). Until a document is read again, a paragraph typed since is judged by its own
/// text.
class LiveDocuments {
 public:
  /// The one of this office process, made (and listening to documents opening) on first use.
  /// Never destroyed: it holds office references the office may no longer take at exit.
  static LiveDocuments& instance(const css::uno::Reference<css::uno::XComponentContext>& xContext,
                                 Language eLanguage);
  /// The one made already, else null.
  static LiveDocuments* made();

  /// The document the office calls `rDocumentId`, which holds a paragraph reading `rText`.
  /// Safe from any thread; never calls into a document; never throws.
  LiveDocument find(const rtl::OUString& rDocumentId, const rtl::OUString& rText,
                    const LiveSettings& rSettings) noexcept;

  /// Who is told when the office should check again (the office's proofreading iterator adds
  /// itself through the proofreader), and the proofreader it hears it from.
  void addListener(const css::uno::Reference<css::linguistic2::XLinguServiceEventListener>& x,
                   const css::uno::Reference<css::uno::XInterface>& xSource) noexcept;
  void removeListener(
      const css::uno::Reference<css::linguistic2::XLinguServiceEventListener>& x) noexcept;

  /// Asks the office, from its main loop, to check every document again (the settings changed).
  void askForAnotherPass() noexcept;

  LiveDocuments(const LiveDocuments&) = delete;
  LiveDocuments& operator=(const LiveDocuments&) = delete;
  struct Impl;

 private:
  explicit LiveDocuments(std::shared_ptr<Impl> pImpl);
  std::shared_ptr<Impl> m_pImpl;
};

}  // namespace chengbao::ext
