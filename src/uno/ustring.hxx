// Conversions at the UNO boundary: OUString <-> UTF-8, file URLs <-> system paths.
#pragma once

#include <string>

#include <rtl/ustring.hxx>

namespace chengbao::ext {

rtl::OUString toOUString(const std::string& rUtf8);
std::string toUtf8(const rtl::OUString& rText);

/// A system path for "file:///…" URLs; anything else is returned unchanged.
std::string toSystemPath(const rtl::OUString& rPathOrUrl);
/// The file URL of an absolute system path.
rtl::OUString toFileUrl(const std::string& rPath);

}  // namespace chengbao::ext
