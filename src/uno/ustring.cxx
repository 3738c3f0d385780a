// Conversions at the UNO boundary: OUString <-> UTF-8, file URLs <-> system paths.
#include "ustring.hxx"

#include <osl/file.hxx>
#include <rtl/string.hxx>

namespace chengbao::ext {

rtl::OUString toOUString(const std::string& rUtf8) {
  return rtl::OUString(rUtf8.data(), static_cast<sal_Int32>(rUtf8.size()), RTL_TEXTENCODING_UTF8);
}

std::string toUtf8(const rtl::OUString& rText) {
  rtl::OString aUtf8 = rtl::OUStringToOString(rText, RTL_TEXTENCODING_UTF8);
  return std::string(aUtf8.getStr(), static_cast<size_t>(aUtf8.getLength()));
}

std::string toSystemPath(const rtl::OUString& rPathOrUrl) {
  if (rPathOrUrl.startsWithIgnoreAsciiCase("file:")) {
    rtl::OUString aPath;
    if (osl::FileBase::getSystemPathFromFileURL(rPathOrUrl, aPath) == osl::FileBase::E_None)
      return toUtf8(aPath);
  }
  return toUtf8(rPathOrUrl);
}

rtl::OUString toFileUrl(const std::string& rPath) {
  rtl::OUString aUrl;
  if (osl::FileBase::getFileURLFromSystemPath(toOUString(rPath), aUrl) != osl::FileBase::E_None)
    return toOUString(rPath);
  return aUrl;
}

}  // namespace chengbao::ext
