// Helpers of the io tests: fixture paths, a scratch folder, files and zips written at run time.
#include "test_files.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace chengbao::testing {

std::string data_file(const std::string& name) {
  return std::string(CHENGBAO_IO_TEST_DATA_DIR) + "/" + name;
}

Document read_ok(const std::string& path, const ReadLimits& limits) {
  auto result = read_document(path, limits);
  if (const auto* error = std::get_if<LoadError>(&result)) {
    ADD_FAILURE() << "cannot read " << path << ": " << error->to_string();
    return Document();
  }
  return std::get<Document>(std::move(result));
}

std::string read_error(const std::string& path, const ReadLimits& limits) {
  auto result = read_document(path, limits);
  const auto* error = std::get_if<LoadError>(&result);
  if (error == nullptr) {
    ADD_FAILURE() << path << " was read (" << std::get<Document>(result).paragraphs.size()
                  << " paragraphs) but an error was expected";
    return "";
  }
  EXPECT_EQ(error->file, path);
  EXPECT_EQ(error->line, 0);
  return error->message;
}

std::string all_text(const Document& document) {
  std::string text;
  for (const Paragraph& paragraph : document.paragraphs) text += paragraph.text + "\n";
  return text;
}

ScratchDir::ScratchDir() {
  static std::atomic<int> counter{0};
  dir_ = (std::filesystem::temp_directory_path() /
          ("chengbao_io_tests_" + std::to_string(::getpid()) + "_" + std::to_string(counter++)))
             .string();
  std::filesystem::create_directories(dir_);
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

std::string ScratchDir::path(const std::string& name) const { return dir_ + "/" + name; }

std::string ScratchDir::write(const std::string& name, const std::string& content) const {
  const std::string file = path(name);
  std::ofstream out(file, std::ios::binary);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + file);
  return file;
}

void write_zip(const std::string& path, const std::vector<ZipEntry>& entries) {
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (archive == nullptr) throw std::runtime_error("cannot create " + path);
  for (const ZipEntry& entry : entries) {
    zip_source_t* source = zip_source_buffer(archive, entry.data.data(), entry.data.size(), 0);
    const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      zip_discard(archive);
      throw std::runtime_error("cannot add " + entry.name);
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                             entry.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
  }
  if (zip_close(archive) != 0) {
    const std::string message = zip_strerror(archive);
    zip_discard(archive);
    throw std::runtime_error("cannot write " + path + ": " + message);
  }
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

namespace {

std::uint16_t get16(const std::string& bytes, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                    static_cast<unsigned char>(bytes[at + 1]) << 8);
}

void put32(std::string& bytes, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

}  // namespace

void patch_declared_size(const std::string& path, const std::string& entry, std::uint32_t size) {
  std::string bytes = read_bytes(path);
  int patched = 0;
  // Local file header: signature, sizes at 18 (compressed) and 22, name length 26, name at 30.
  // Central directory header: sizes at 20 and 24, name length 28, name at 46.
  for (std::size_t at = 0; at + 46 < bytes.size(); ++at) {
    if (bytes.compare(at, 4, "PK\x03\x04") == 0 && get16(bytes, at + 26) == entry.size() &&
        bytes.compare(at + 30, entry.size(), entry) == 0) {
      put32(bytes, at + 22, size);
      ++patched;
    } else if (bytes.compare(at, 4, "PK\x01\x02") == 0 && get16(bytes, at + 28) == entry.size() &&
               bytes.compare(at + 46, entry.size(), entry) == 0) {
      put32(bytes, at + 24, size);
      ++patched;
    }
  }
  if (patched != 2) throw std::runtime_error("cannot find both headers of " + entry);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

std::string flat_odf(const std::string& body, const std::string& styles,
                     const std::string& automatic) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>)" +
         styles + "</office:styles><office:automatic-styles>" + automatic +
         "</office:automatic-styles><office:body><office:text>" + body +
         "</office:text></office:body></office:document>\n";
}

std::vector<ZipEntry> docx_entries(const std::string& body, const std::string& styles,
                                   const std::string& numbering) {
  const std::string ns =
      R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
      R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
      R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" )"
      R"(xmlns:v="urn:schemas-microsoft-com:vml")";
  const std::string declaration = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
  return {
      {"[Content_Types].xml",
       declaration +
           R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
           R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)"},
      {"word/document.xml",
       declaration + "<w:document " + ns + "><w:body>" + body + "</w:body></w:document>"},
      {"word/styles.xml", declaration + "<w:styles " + ns + ">" + styles + "</w:styles>"},
      {"word/numbering.xml",
       declaration + "<w:numbering " + ns + ">" + numbering + "</w:numbering>"},
  };
}

}  // namespace chengbao::testing
