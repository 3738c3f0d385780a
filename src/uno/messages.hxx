// The extension's own UI strings in zh-CN, zh-TW and en-US, chosen by the office's UI language.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace chengbao::ext {

enum class Message {
  ProductName,         ///< the title of message boxes
  UndoInsertReport,    ///< the undo action of InsertReport
  InsertReportFailed,  ///< "The report could not be inserted: " + reason
  NotAWriterDocument,  ///< a command that needs a Writer document was run elsewhere
  UnknownCommand,      ///< a vnd.chengbao: URL this version does not know
  UndoApplyProfile,    ///< the undo action of ApplyProfile
  ApplyProfileFailed,  ///< "The profile could not be applied: " + reason
  CheckFailed,         ///< "The report could not be checked: " + reason
};

/// The UI language of the office: "zh-CN", "zh-TW" or "en-US" (the fallback).
rtl::OUString uiLanguage(const css::uno::Reference<css::uno::XComponentContext>& xContext);

/// The string for `eMessage` in `rLanguage` (as returned by uiLanguage).
rtl::OUString message(Message eMessage, const rtl::OUString& rLanguage);

}  // namespace chengbao::ext
