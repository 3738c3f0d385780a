// What every vnd.chengbao: command gets and may use: its arguments, the frame, shared helpers.
#pragma once

#include <map>
#include <optional>
#include <string>

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "date_format.hpp"
#include "document.hpp"
#include "finding.hpp"
#include "messages.hxx"
#include "profile.hpp"
#include "report_template.hpp"

namespace chengbao::ext {

/// A failure the user must be told about, in words they understand.
struct CommandError {
  rtl::OUString message;
};

/// The dispatch arguments by name; unknown names are ignored.
class Arguments {
 public:
  explicit Arguments(const css::uno::Sequence<css::beans::PropertyValue>& rArgs) : m_rArgs(rArgs) {}

  std::optional<rtl::OUString> string(const char* pName) const;
  /// A whole number given as a number or as decimal text ("12"); nullopt when absent or not one.
  std::optional<sal_Int32> integer(const char* pName) const;
  /// True for a boolean true or the text "true" (any case) or "1".
  bool flag(const char* pName) const;
  /// Scripts and tests pass arguments; a menu click passes none of ours and expects UI.
  bool interactive() const;
  /// A failure is shown to the user: a click, or a menu that passes arguments (FromMenu=true).
  bool showsErrors() const { return interactive() || flag("FromMenu"); }

 private:
  const css::uno::Sequence<css::beans::PropertyValue>& m_rArgs;
};

/// Everything a command runs with.
struct CommandContext {
  css::uno::Reference<css::uno::XComponentContext> xContext;
  css::uno::Reference<css::frame::XFrame> xFrame;
  rtl::OUString language;  ///< the UI language: zh-CN, zh-TW or en-US
  const Arguments& args;

  rtl::OUString text(Message eMessage) const { return message(eMessage, language); }
  /// The core's language for the UI language.
  Language coreLanguage() const;
  /// The frame's Writer document; CommandError when the frame shows something else.
  css::uno::Reference<css::text::XTextDocument> writerDocument() const;
  /// The folder of the templates shipped in the .oxt.
  std::string templateDir() const;
  /// The Profile argument, else the profile in use (settings), else the shipped example.
  std::string profilePath() const;
  /// Loads a profile; CommandError with `rFailed` + file:line: reason when it is broken.
  Profile loadProfile(const std::string& rPath, const rtl::OUString& rFailed) const;
  /// The template a command on the open report uses: the Template argument (an id, a path or a
  /// file URL), else the one the report was made from (its chengbao_template property); empty
  /// when neither says.
  std::string reportTemplateId(const css::uno::Reference<css::text::XTextDocument>& xDoc) const;
  /// The template a check of the open report `rDocument` uses: reportTemplateId loaded in the
  /// Script argument's script, else in the report's (document_script), so messages quote the
  /// forms the report uses; nullopt when neither the arguments nor the report name one.
  std::optional<ReportTemplate> reportTemplate(
      const css::uno::Reference<css::text::XTextDocument>& xDoc, const Document& rDocument,
      const rtl::OUString& rFailed) const;
  /// The Profile argument, loaded; nullopt without one.
  std::optional<Profile> profileArgument(const rtl::OUString& rFailed) const;
  /// The Date argument (YYYY-MM-DD); nullopt without one, CommandError for another form.
  std::optional<Date> dateArgument(const rtl::OUString& rFailed) const;
  /// Finds and loads a template by id or path for a script; CommandError when it cannot.
  ReportTemplate loadTemplate(const std::string& rIdOrPath, const std::string& rScript,
                              const rtl::OUString& rFailed) const;
  /// A message box over the frame's window (nothing when there is no window).
  void showMessage(const rtl::OUString& rText, css::awt::MessageBoxType eType) const noexcept;
};

/// A command: does its work and returns a short result for the dispatch's caller, or throws
/// CommandError (or anything else: the handler catches everything).
using Command = rtl::OUString (*)(const CommandContext& rContext);

/// Every command by name ("InsertReport", "Check", …).
const std::map<std::string, Command>& commands();

/// Whether the command `rName` changes the document it runs on (InsertReport, Fix, …): such a
/// command is disabled, and refused, on a read-only document.
bool changesDocument(const std::string& rName);

/// Whether the frame shows a document that is open read-only.
bool showsReadOnlyDocument(const css::uno::Reference<css::frame::XFrame>& xFrame);

/// What InsertSection works from on a document: the profile in use, and the template the report
/// was made from (else the settings' default) in the Script argument's script, else the one the
/// report was made in, else the profile's.
struct SectionSource {
  Profile profile;
  ReportTemplate report_template;
};
/// Loads both; CommandError with `rFailed` + the reason when either cannot be loaded.
SectionSource sectionSource(const CommandContext& rContext,
                            const css::uno::Reference<css::text::XTextDocument>& xDoc,
                            const rtl::OUString& rFailed);

/// The findings of `rDocument` as vnd.chengbao:Check reports them, in the UI language: Check,
/// Fix and the Check panel all check through here, so they agree.
std::vector<Finding> checkFindings(const CommandContext& rContext, const Document& rDocument,
                                   const std::optional<ReportTemplate>& rTemplate,
                                   const std::optional<Profile>& rProfile);

// The commands, one file each.
rtl::OUString insertReportCommand(const CommandContext& rContext);
rtl::OUString applyProfileCommand(const CommandContext& rContext);
rtl::OUString checkCommand(const CommandContext& rContext);
rtl::OUString fixCommand(const CommandContext& rContext);
rtl::OUString insertSectionCommand(const CommandContext& rContext);
rtl::OUString wizardCommand(const CommandContext& rContext);
rtl::OUString helpCommand(const CommandContext& rContext);
rtl::OUString saveHouseTemplateCommand(const CommandContext& rContext);
rtl::OUString importPackCommand(const CommandContext& rContext);
rtl::OUString checkPackUpdatesCommand(const CommandContext& rContext);
rtl::OUString installPackUpdatesCommand(const CommandContext& rContext);

/// Opens the help page of `rTopic` (a command's name such as "Check", or empty for the contents)
/// in the UI language, in the browser; its file URL. CommandError when there is no such page.
rtl::OUString openHelp(const CommandContext& rContext, const std::string& rTopic);

}  // namespace chengbao::ext
