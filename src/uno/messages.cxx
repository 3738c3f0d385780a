// The extension's own UI strings in zh-CN, zh-TW and en-US, chosen by the office's UI language.
#include "messages.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include "ustring.hxx"

using namespace css;

namespace chengbao::ext {
namespace {

struct Entry {
  const char* zhCN;
  const char* zhTW;
  const char* en;
};

const Entry& entry(Message eMessage) {
  static const Entry aEntries[] = {
      {"呈报", "呈報", "Chengbao"},
      {"插入报告", "插入報告", "Insert Report"},
      {"无法插入报告：", "無法插入報告：", "The report could not be inserted: "},
      {"此命令只能在 Writer 文档中使用。", "此命令只能在 Writer 文件中使用。",
       "This command works in Writer documents only."},
      {"未知的呈报命令：", "未知的呈報命令：", "Unknown Chengbao command: "},
      {"应用机构信息", "套用機構資訊", "Apply Organisation Profile"},
      {"无法应用机构信息：", "無法套用機構資訊：", "The profile could not be applied: "},
      {"无法检查报告：", "無法檢查報告：", "The report could not be checked: "},
  };
  return aEntries[static_cast<int>(eMessage)];
}

}  // namespace

rtl::OUString uiLanguage(const uno::Reference<uno::XComponentContext>& xContext) {
  rtl::OUString aLocale;
  try {
    uno::Reference<lang::XMultiServiceFactory> xProvider =
        configuration::theDefaultProvider::get(xContext);
    beans::PropertyValue aPath;
    aPath.Name = "nodepath";
    aPath.Value <<= rtl::OUString("/org.openoffice.Setup/L10N");
    uno::Sequence<uno::Any> aArgs(1);
    aArgs.getArray()[0] <<= aPath;
    uno::Reference<container::XNameAccess> xL10N(
        xProvider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                               aArgs),
        uno::UNO_QUERY_THROW);
    xL10N->getByName("ooLocale") >>= aLocale;
  } catch (const uno::Exception&) {
    // No configuration (a stripped-down office): English is the safe fallback.
  }
  if (aLocale.startsWithIgnoreAsciiCase("zh")) {
    if (aLocale.indexOf('T') >= 0 || aLocale.indexOf("HK") >= 0 || aLocale.indexOf("MO") >= 0 ||
        aLocale.indexOf("Hant") >= 0)
      return "zh-TW";
    return "zh-CN";
  }
  return "en-US";
}

rtl::OUString message(Message eMessage, const rtl::OUString& rLanguage) {
  const Entry& rEntry = entry(eMessage);
  if (rLanguage == "zh-CN") return toOUString(rEntry.zhCN);
  if (rLanguage == "zh-TW") return toOUString(rEntry.zhTW);
  return toOUString(rEntry.en);
}

}  // namespace chengbao::ext
