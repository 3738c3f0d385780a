// Reads .odt, .fodt and .docx files into the core's Document without LibreOffice.
#include "document_reader.hpp"

#include <sys/stat.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <new>
#include <stdexcept>

#include "odf_reader.hpp"
#include "ole2_probe.hpp"
#include "ooxml_reader.hpp"
#include "xml_part.hpp"
#include "zip_archive.hpp"

namespace chengbao {

namespace {

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

const char kNotADocument[] = "not an ODF or OOXML document";

std::optional<std::string> read_zip(const std::string& path, const ReadLimits& limits,
                                    Document& document, SourceMap* map) {
  auto opened = ZipArchive::open(path);
  if (auto* reason = std::get_if<std::string>(&opened)) return *reason;
  const ZipArchive& archive = std::get<ZipArchive>(opened);
  if (archive.contains("content.xml") || archive.contains("META-INF/manifest.xml")) {
    return read_odf_package(archive, limits, document, map);
  }
  if (archive.contains("[Content_Types].xml") || archive.contains("word/document.xml")) {
    return read_ooxml_package(archive, limits, document, map);
  }
  return std::string(kNotADocument) + " (a zip without content.xml or word/document.xml)";
}

std::optional<std::string> read_flat_xml(std::FILE* file, long long size, const ReadLimits& limits,
                                         Document& document, SourceMap* map) {
  if (static_cast<unsigned long long>(size) > limits.max_entry_size) {
    return "file is larger than the limit of " + std::to_string(limits.max_entry_size) + " bytes";
  }
  const auto read = [&](std::string& text) -> std::optional<std::string> {
    text.resize(static_cast<std::size_t>(size));
    if (std::fseek(file, 0, SEEK_SET) != 0 ||
        std::fread(text.data(), 1, text.size(), file) != text.size()) {
      return std::ferror(file) != 0
                 ? std::string("cannot read: ") + std::strerror(errno)
                 : std::string("cannot read: the file changed while it was read");
    }
    return std::nullopt;
  };
  XmlPart part;
  if (auto error = read(part.text)) return error;
  if (auto error = parse_xml_part(part, limits.max_xml_depth, read)) return error;
  const char* root = part.doc.document_element().name();
  // A saved content.xml reads like a flat file without named styles.
  if (std::strcmp(root, "office:document") != 0 &&
      std::strcmp(root, "office:document-content") != 0) {
    return std::string(kNotADocument) + " (the XML root is <" + root + ">)";
  }
  return read_flat_odf(part, limits.read_look, document, map);
}

bool looks_like_xml(const unsigned char* head, std::size_t size) {
  std::size_t i = 0;
  if (size >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) i = 3;
  while (i < size && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) ++i;
  return i < size && head[i] == '<';
}

std::optional<std::string> read_any(const std::string& path, const ReadLimits& limits,
                                    Document& document, SourceMap* map) {
  struct stat status;
  if (::stat(path.c_str(), &status) != 0) {
    return std::string("cannot open: ") + std::strerror(errno);
  }
  if (S_ISDIR(status.st_mode)) return std::string("cannot open: ") + std::strerror(EISDIR);
  if (!S_ISREG(status.st_mode)) return "cannot open: not a regular file";
  File file(std::fopen(path.c_str(), "rb"), std::fclose);
  if (!file) return std::string("cannot open: ") + std::strerror(errno);
  if (status.st_size == 0) return "empty file";

  unsigned char head[64] = {};
  const std::size_t got = std::fread(head, 1, sizeof(head), file.get());
  if (got >= 4 && head[0] == 'P' && head[1] == 'K' &&
      ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) ||
       (head[2] == 7 && head[3] == 8))) {
    file.reset();
    return read_zip(path, limits, document, map);
  }
  if (got >= sizeof(kOle2Magic) && std::memcmp(head, kOle2Magic, sizeof(kOle2Magic)) == 0) {
    return describe_ole2(path);
  }
  if (looks_like_xml(head, got)) {
    return read_flat_xml(file.get(), status.st_size, limits, document, map);
  }
  return std::string(kNotADocument);
}

}  // namespace

std::variant<Document, LoadError> read_document(const std::string& path, const ReadLimits& limits,
                                                SourceMap* map) {
  Document document;
  document.file = path;
  std::optional<std::string> error;
  try {
    error = read_any(path, limits, document, map);
  } catch (const std::bad_alloc&) {
    // Limits keep real and hostile files far from this, but a machine short of memory is no
    // reason to abort the whole check.
    error = "out of memory while reading";
  } catch (const std::length_error&) {
    error = "out of memory while reading";
  }
  if (error) {
    // What a person can act on in any language: the file is not there or not readable.
    // The readers' reasons are theirs (English, precise); the kinds a person meets most are
    // told apart here, so the edge can say them in the person's language.
    const auto starts = [&](const char* prefix) { return error->rfind(prefix, 0) == 0; };
    const auto contains = [&](const char* part) { return error->find(part) != std::string::npos; };
    LoadProblem problem = LoadProblem::Other;
    std::vector<std::string> args;
    if (starts("cannot open: ") && !contains("not a regular file")) {
      problem = LoadProblem::CannotOpen;
      args = {error->substr(std::string("cannot open: ").size())};
    } else if (*error == "empty file") {
      problem = LoadProblem::EmptyFile;
    } else if (contains("encrypted") || contains("password")) {
      problem = contains("legacy Word .doc is not supported") && !contains("password-protected")
                    ? LoadProblem::Other
                    : LoadProblem::Encrypted;
    } else if (starts(kNotADocument)) {
      problem = LoadProblem::NotADocument;
      args = {error->substr(std::strlen(kNotADocument))};
    } else if (starts("not a readable zip archive") || contains("corrupt zip entry") ||
               contains("not well-formed XML")) {
      problem = LoadProblem::Damaged;
      args = {*error};
    }
    return LoadError{path, 0, *error, problem, std::move(args)};
  }
  return document;
}

}  // namespace chengbao
