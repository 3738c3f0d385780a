// vnd.chengbao:Help(Topic): the extension's help page in the browser, as LibreOffice 7.4 shows its
// own help. The office's F1 never reaches an extension's compiled .xhp pages when its own help is
// HTML (as Debian ships it), so the menus and dialogs open the HTML made from them at build time.
#include <cctype>
#include <filesystem>
#include <string>

#include <com/sun/star/system/SystemShellExecute.hpp>
#include <com/sun/star/system/SystemShellExecuteFlags.hpp>

#include "command.hxx"
#include "extension_location.hxx"
#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

/// The page for a topic: a command's name ("InsertSection") or a page's ("insert_section");
/// empty for anything else (it must not name a path).
std::string pageOf(const std::string& rTopic) {
  std::string aPage;
  for (size_t i = 0; i < rTopic.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(rTopic[i]);
    if (std::isupper(c)) {
      if (i > 0) aPage += '_';
      aPage += static_cast<char>(std::tolower(c));
    } else if (std::islower(c) || c == '_') {
      aPage += static_cast<char>(c);
    } else {
      return std::string();
    }
  }
  return aPage;
}

}  // namespace

rtl::OUString openHelp(const CommandContext& rContext, const std::string& rTopic) {
  const std::string aPage = rTopic.empty() ? "index" : pageOf(rTopic);
  const std::string aPath = extensionDirectory(rContext.xContext) + "/help-html/" +
                            toUtf8(rContext.language) + "/" + aPage + ".html";
  std::error_code aIgnored;
  if (aPage.empty() || !std::filesystem::is_regular_file(aPath, aIgnored))
    throw CommandError{rContext.text(Message::NoHelpPage) + toOUString(rTopic)};
  const rtl::OUString aUrl = toFileUrl(aPath);
  system::SystemShellExecute::create(rContext.xContext)
      ->execute(aUrl, rtl::OUString(), system::SystemShellExecuteFlags::URIS_ONLY);
  return aUrl;
}

rtl::OUString helpCommand(const CommandContext& rContext) {
  const auto aTopic = rContext.args.string("Topic");
  return openHelp(rContext, aTopic ? toUtf8(*aTopic) : std::string());
}

}  // namespace chengbao::ext
