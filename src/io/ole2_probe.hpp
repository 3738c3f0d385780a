// Says what an OLE2 compound file is: a legacy .doc or a password-protected Office document.
#pragma once

#include <string>

#include "read_error.hpp"

namespace chengbao {

/// The first bytes of every OLE2 compound file (legacy .doc, and encrypted .docx/.xlsx/.pptx).
constexpr unsigned char kOle2Magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

/// What an OLE2 compound file holds, as far as its stream names tell.
enum class Ole2Kind { Encrypted, Word, Unknown };
Ole2Kind probe_ole2(const std::string& path);

/// The reason an OLE2 file at `path` cannot be read, naming what it most likely is.
ReadError describe_ole2(const std::string& path);

}  // namespace chengbao
