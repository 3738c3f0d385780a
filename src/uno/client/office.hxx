// A private headless LibreOffice for tests and the demo: start, connect, install, drive, stop.
#pragma once

#include <string>
#include <vector>

#include <sys/types.h>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace chengbao::office {

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

/// The result of a dispatch: the handler's state and its message.
struct DispatchOutcome {
  bool answered = false;  ///< false: no handler took the URL
  bool success = false;
  std::string message;
};

/// How an Office starts; the defaults give the headless office of the tests and the demo.
struct LaunchOptions {
  /// A real window on $DISPLAY, for tests that drive the UI with the keyboard (tests/gui),
  /// instead of --headless --invisible.
  bool visible = false;
  /// The UI language the fresh profile starts with, e.g. "zh-CN" (its langpack must be
  /// installed); empty: the office's default.
  std::string uiLanguage;
  /// An existing profile folder to start with, kept when the office ends (empty: a fresh one,
  /// removed at the end). An extension installed into a running office runs in a separate
  /// process (uno.bin) until the office restarts; starting again on the same profile loads it
  /// into the office, as a user's office after the restart it asks for.
  std::string profileDir;
};

/// A headless office with its own user profile and pipe, started in its own process group and
/// ended by that group's id; nothing else on the machine is touched.
class Office {
 public:
  /// Starts soffice and connects; throws std::runtime_error with the office log on failure.
  explicit Office(const std::string& tag = "office");
  Office(const std::string& tag, const LaunchOptions& options);
  ~Office();
  Office(const Office&) = delete;
  Office& operator=(const Office&) = delete;

  const css::uno::Reference<css::uno::XComponentContext>& context() const { return m_xContext; }
  css::uno::Reference<css::frame::XDesktop2> desktop() const;

  /// Installs an .oxt through the ExtensionManager for this profile (approving all questions).
  void installExtension(const std::string& oxtPath);

  /// A Writer document with text other than `except` (one a command opened), or none.
  css::uno::Reference<css::lang::XComponent> otherDocumentWithText(
      const css::uno::Reference<css::lang::XComponent>& except) const;

  /// A new, empty Writer document.
  css::uno::Reference<css::lang::XComponent> newWriterDocument();
  /// Loads a document from a path.
  css::uno::Reference<css::lang::XComponent> load(const std::string& path);
  /// Saves a copy with a filter ("writer8", "MS Word 2007 XML", …).
  static void saveAs(const css::uno::Reference<css::lang::XComponent>& xDoc,
                     const std::string& path, const std::string& filter);
  static void close(const css::uno::Reference<css::lang::XComponent>& xDoc);

  /// Dispatches `url` to the document's frame with string arguments.
  DispatchOutcome dispatch(const css::uno::Reference<css::lang::XComponent>& xDoc,
                           const std::string& url,
                           const std::vector<std::pair<std::string, std::string>>& args);

  /// The body paragraphs in order, with style, outline level and list label.
  static std::vector<ParagraphInfo> paragraphs(
      const css::uno::Reference<css::lang::XComponent>& xDoc);
  /// Sets the paragraph style of the body paragraph at `index` (0-based, body order).
  static void setParagraphStyle(const css::uno::Reference<css::lang::XComponent>& xDoc,
                                size_t index, const std::string& style);
  /// Appends a paragraph of plain text at the end of the body.
  static void appendParagraph(const css::uno::Reference<css::lang::XComponent>& xDoc,
                              const std::string& text);
  /// Adds `text` at the end of the body paragraph at `index` (0-based, paragraphs only).
  static void appendToParagraph(const css::uno::Reference<css::lang::XComponent>& xDoc,
                                size_t index, const std::string& text);
  /// Appends a table with one row per entry of `rows` (all of the same size) at the end of the
  /// body, each cell holding one paragraph of its text.
  static void appendTable(const css::uno::Reference<css::lang::XComponent>& xDoc,
                          const std::vector<std::vector<std::string>>& rows);
  /// The cell texts of the body's tables, table by table and cell by cell (A1, B1, …, A2, …).
  static std::vector<std::string> tableCellTexts(
      const css::uno::Reference<css::lang::XComponent>& xDoc);
  /// Inserts a paragraph with `text` before the body paragraph at `index`, in the same style.
  static void insertParagraphBefore(const css::uno::Reference<css::lang::XComponent>& xDoc,
                                    size_t index, const std::string& text);
  /// Moves the view cursor to the start of the document, as a user pressing Ctrl+Home.
  static void moveCursorToStart(const css::uno::Reference<css::lang::XComponent>& xDoc);
  /// Moves the view cursor to the end of the body paragraph at `index` (0-based, paragraphs
  /// only, as in paragraphs()), as a user clicking at the end of that paragraph.
  static void moveCursorToEndOfParagraph(const css::uno::Reference<css::lang::XComponent>& xDoc,
                                         size_t index);
  /// The title of the step the next undo would undo; empty when there is none.
  static std::string undoTitle(const css::uno::Reference<css::lang::XComponent>& xDoc);
  /// The titles of every step the document's undo manager holds, the next one to undo first.
  static std::vector<std::string> undoTitles(
      const css::uno::Reference<css::lang::XComponent>& xDoc);
  /// An integer property (TopMargin, Width, … in 1/100 mm) of the Standard page style.
  static sal_Int32 pageStyleValue(const css::uno::Reference<css::lang::XComponent>& xDoc,
                                  const char* property);
  /// Undoes the last action of the document's undo manager; false when nothing to undo.
  static bool undo(const css::uno::Reference<css::lang::XComponent>& xDoc);

  /// True while the office answers a simple call.
  bool responsive() const;

 private:
  void start(const std::string& tag, const LaunchOptions& options);
  void connect();
  void stop() noexcept;
  std::string log() const;

  pid_t m_pid = -1;
  std::string m_profileDir;
  bool m_keepProfile = false;
  std::string m_pipeName;
  std::string m_logPath;
  css::uno::Reference<css::uno::XComponentContext> m_xContext;
};

}  // namespace chengbao::office
