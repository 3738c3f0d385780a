// Says what an OLE2 compound file is: a legacy .doc or a password-protected Office document.
#include "ole2_probe.hpp"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string_view>
#include <vector>

namespace chengbao {

namespace {

// The directory of a compound file may sit anywhere; looking this far is plenty for real files
// and keeps a huge one from costing more than a moment.
constexpr std::size_t kMaxScan = 64u << 20;
constexpr std::size_t kChunk = 1u << 20;

// A stream name as the compound file directory stores it: UTF-16LE.
std::string utf16le(std::string_view ascii) {
  std::string out;
  for (const char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

}  // namespace

Ole2Kind probe_ole2(const std::string& path) {
  const std::string encrypted = utf16le("EncryptedPackage");
  const std::string word = utf16le("WordDocument");
  bool is_encrypted = false;
  bool is_word = false;
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                             std::fclose);
  if (file) {
    // Chunks overlap by the longest name so a name split between two reads is still found.
    const std::size_t overlap = encrypted.size();
    std::vector<char> buffer(kChunk + overlap);
    std::size_t kept = 0;
    for (std::size_t scanned = 0; scanned < kMaxScan && !is_encrypted;) {
      const std::size_t got = std::fread(buffer.data() + kept, 1, kChunk, file.get());
      if (got == 0) break;
      const std::string_view window(buffer.data(), kept + got);
      is_encrypted = window.find(encrypted) != std::string_view::npos;
      is_word = is_word || window.find(word) != std::string_view::npos;
      scanned += got;
      kept = std::min(overlap, window.size());
      std::copy(window.end() - static_cast<std::ptrdiff_t>(kept), window.end(), buffer.begin());
    }
  }
  if (is_encrypted) return Ole2Kind::Encrypted;
  return is_word ? Ole2Kind::Word : Ole2Kind::Unknown;
}

ReadError describe_ole2(const std::string& path) {
  switch (probe_ole2(path)) {
    case Ole2Kind::Encrypted:
      return {
          "encrypted or legacy binary document: this is a password-protected Office file; "
          "save it without a password as .docx",
          LoadProblem::Encrypted,
          {}};
    case Ole2Kind::Word:
      return {"legacy Word .doc is not supported; save as .docx", LoadProblem::LegacyDoc, {}};
    case Ole2Kind::Unknown:
      break;
  }
  return {
      "encrypted or legacy binary document (an OLE2 compound file): legacy Word .doc is not "
      "supported; save as .docx",
      LoadProblem::LegacyBinary,
      {}};
}

}  // namespace chengbao
