// Reading and changing a Writer document over UNO, for tests: free functions, as SwModelTestBase
// offers them, so a test reads `paragraphs(doc)`.
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace chengbao::office {

using Doc = css::uno::Reference<css::lang::XComponent>;

/// One paragraph of a Writer document as the office sees it.
struct ParagraphInfo {
  std::string text;
  std::string style;  ///< ParaStyleName (programmatic name)
  int outlineLevel = 0;
  std::string label;  ///< ListLabelString: the automatic label, e.g. 一、
  int adjust = 0;     ///< ParaAdjust
};

/// The index of the `n`-th (1-based) heading of outline `level` in `paras`; paras.size() when there
/// are fewer.
size_t nthHeading(const std::vector<ParagraphInfo>& paras, int level, int n);

/// The accessible names of the children of `xContext` (the rows of a list box), in order.
std::vector<std::string> accessibleChildNames(
    const css::uno::Reference<css::accessibility::XAccessibleContext>& xContext);

/// Saves a copy with a filter ("writer8", "MS Word 2007 XML", …).
void saveAs(const Doc& xDoc, const std::string& path, const std::string& filter);
void closeDocument(const Doc& xDoc);

/// The body paragraphs in order, with style, outline level and list label.
std::vector<ParagraphInfo> paragraphs(const Doc& xDoc);
/// Sets the paragraph style of the body paragraph at `index` (0-based, body order).
void setParagraphStyle(const Doc& xDoc, size_t index, const std::string& style);
/// Gives all the document's text the Chinese (Simplified) language, as a report written in a
/// Chinese office has it, whatever the office's own locale.
void makeChinese(const Doc& xDoc);
/// Appends a paragraph of plain text at the end of the body.
void appendParagraph(const Doc& xDoc, const std::string& text);
/// Adds `text` at the end of the body paragraph at `index` (0-based, paragraphs only).
void appendToParagraph(const Doc& xDoc, size_t index, const std::string& text);
/// Appends a table with one row per entry of `rows` (all of the same size) at the end of the
/// body, each cell holding one paragraph of its text.
void appendTable(const Doc& xDoc, const std::vector<std::vector<std::string>>& rows);
/// The cell texts of the body's tables, table by table and cell by cell (A1, B1, …, A2, …).
std::vector<std::string> tableCellTexts(const Doc& xDoc);
/// Inserts a paragraph with `text` before the body paragraph at `index`, in the same style.
void insertParagraphBefore(const Doc& xDoc, size_t index, const std::string& text);
/// Moves the view cursor to the start of the document, as a user pressing Ctrl+Home.
void moveCursorToStart(const Doc& xDoc);
/// Moves the view cursor to the end of the body paragraph at `index` (0-based, paragraphs
/// only, as in paragraphs()), as a user clicking at the end of that paragraph.
void moveCursorToEndOfParagraph(const Doc& xDoc, size_t index);
/// The title of the step the next undo would undo; empty when there is none.
std::string undoTitle(const Doc& xDoc);
/// The titles of every step the document's undo manager holds, the next one to undo first.
std::vector<std::string> undoTitles(const Doc& xDoc);
/// An integer property (TopMargin, Width, … in 1/100 mm) of the Standard page style.
sal_Int32 pageStyleValue(const Doc& xDoc, const char* property);
/// Undoes the last action of the document's undo manager; false when nothing to undo.
bool undo(const Doc& xDoc);

/// An error the office's grammar checking shows in a paragraph.
struct LiveError {
  std::string paragraph;  ///< the paragraph's text
  std::string rule;       ///< aRuleIdentifier
  int start = 0;          ///< in UTF-16 units, as the office counts
  int length = 0;
  std::vector<std::string> suggestions;
};
/// What the office's proofreading iterator, which Writer's background check and its context
/// menu use, reports for every paragraph of the document (body, tables, headers and footers),
/// each paragraph in its own primary language.
std::vector<LiveError> liveErrors(const css::uno::Reference<css::uno::XComponentContext>& xContext,
                                  const Doc& xDoc);

/// Counts the office's requests to proofread its documents again (PROOFREAD_AGAIN), as its
/// proofreading iterator passes them on from the proofreaders it has made, from construction to
/// destruction. The iterator calls it synchronously, so a request made in a callback on the
/// office's main loop is counted before a later callback there runs.
class ProofreadingPasses {
 public:
  explicit ProofreadingPasses(const css::uno::Reference<css::uno::XComponentContext>& xContext);
  ~ProofreadingPasses();
  ProofreadingPasses(const ProofreadingPasses&) = delete;
  ProofreadingPasses& operator=(const ProofreadingPasses&) = delete;
  int count() const;

 private:
  class Listener;
  css::uno::Reference<css::uno::XInterface> m_xIterator;
  css::uno::Reference<css::uno::XInterface> m_xListener;
  Listener* m_pListener;
};
/// Whether Writer still has a paragraph its background check of `nType` (TextMarkupType:
/// SPELLCHECK, PROOFREADING) has not been through: the iterator its proofreading iterator asks
/// for the next paragraph to check. The office announces no end of that check; callers look
/// again after something else they wait for.
bool checkingDue(const Doc& xDoc, sal_Int32 nType);
/// Replaces every match of the regular expression `pattern` in the document by `replacement`;
/// returns how many were replaced.
int replaceAll(const Doc& xDoc, const std::string& pattern, const std::string& replacement);

}  // namespace chengbao::office
