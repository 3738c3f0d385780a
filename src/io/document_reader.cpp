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

std::optional<ReadError> read_zip(const std::string& path, const ReadLimits& limits,
                                  Document& document, SourceMap* map) {
  auto opened = ZipArchive::open(path);
  if (auto* reason = std::get_if<ReadError>(&opened)) return *reason;
  const ZipArchive& archive = std::get<ZipArchive>(opened);
  if (archive.contains("content.xml") || archive.contains("META-INF/manifest.xml")) {
    return read_odf_package(archive, limits, document, map);
  }
  if (archive.contains("[Content_Types].xml") || archive.contains("word/document.xml")) {
    return read_ooxml_package(archive, limits, document, map);
  }
  return ReadError{std::string(kNotADocument) + " (a zip without content.xml or word/document.xml)",
                   LoadProblem::ZipNotADocument,
                   {"content.xml", "word/document.xml"}};
}

std::optional<ReadError> read_flat_xml(std::FILE* file, long long size, const ReadLimits& limits,
                                       Document& document, SourceMap* map) {
  if (static_cast<unsigned long long>(size) > limits.max_entry_size) {
    return ReadError{
        "file is larger than the limit of " + std::to_string(limits.max_entry_size) + " bytes",
        LoadProblem::TooLarge,
        {}};
  }
  const auto read = [&](std::string& text) -> std::optional<ReadError> {
    text.resize(static_cast<std::size_t>(size));
    if (std::fseek(file, 0, SEEK_SET) != 0 ||
        std::fread(text.data(), 1, text.size(), file) != text.size()) {
      if (std::ferror(file) != 0) {
        const std::string reason = std::strerror(errno);
        return ReadError{"cannot read: " + reason, LoadProblem::CannotRead, {reason}};
      }
      return ReadError{
          "cannot read: the file changed while it was read", LoadProblem::FileChanged, {}};
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
    return ReadError{std::string(kNotADocument) + " (the XML root is <" + root + ">)",
                     LoadProblem::XmlNotADocument,
                     {root}};
  }
  return read_flat_odf(part, limits.read_look, document, map);
}

bool looks_like_xml(const unsigned char* head, std::size_t size) {
  std::size_t i = 0;
  if (size >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) i = 3;
  while (i < size && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) ++i;
  return i < size && head[i] == '<';
}

// "cannot open: <the system's reason>".
ReadError cannot_open(int error) {
  const std::string reason = std::strerror(error);
  return {"cannot open: " + reason, LoadProblem::CannotOpen, {reason}};
}

std::optional<ReadError> read_any(const std::string& path, const ReadLimits& limits,
                                  Document& document, SourceMap* map) {
  struct stat status;
  if (::stat(path.c_str(), &status) != 0) return cannot_open(errno);
  if (S_ISDIR(status.st_mode)) return cannot_open(EISDIR);
  if (!S_ISREG(status.st_mode)) {
    return ReadError{"cannot open: not a regular file", LoadProblem::NotRegularFile, {}};
  }
  File file(std::fopen(path.c_str(), "rb"), std::fclose);
  if (!file) return cannot_open(errno);
  if (status.st_size == 0) return ReadError{"empty file", LoadProblem::EmptyFile, {}};

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
  return ReadError{kNotADocument, LoadProblem::NotADocument, {}};
}

}  // namespace

std::variant<Document, LoadError> read_document(const std::string& path, const ReadLimits& limits,
                                                SourceMap* map) {
  Document document;
  document.file = path;
  std::optional<ReadError> error;
  try {
    error = read_any(path, limits, document, map);
  } catch (const std::bad_alloc&) {
    // Limits keep real and hostile files far from this, but a machine short of memory is no
    // reason to abort the whole check.
    error = ReadError{"out of memory while reading", LoadProblem::OutOfMemory, {}};
  } catch (const std::length_error&) {
    error = ReadError{"out of memory while reading", LoadProblem::OutOfMemory, {}};
  }
  if (error) return error->at(path);
  return document;
}

}  // namespace chengbao
