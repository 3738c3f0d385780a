// Tests that broken, unsupported and hostile files give a LoadError naming the reason, never a
// crash, a hang or unbounded memory.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <random>
#include <string>
#include <variant>
#include <vector>

#include "document_reader.hpp"
#include "test_files.hpp"

namespace chengbao {
namespace {

using testing::data_file;
using testing::docx_entries;
using testing::flat_odf;
using testing::patch_declared_size;
using testing::read_bytes;
using testing::read_error;
using testing::read_ok;
using testing::ScratchDir;
using testing::write_zip;
using testing::ZipEntry;

using ::testing::HasSubstr;

const char kOle2Magic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

std::string utf16le(const std::string& ascii) {
  std::string out;
  for (const char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

// A minimal .odt: mimetype, manifest and the given content.xml.
std::vector<ZipEntry> odt_entries(const std::string& content,
                                  const std::string& manifest_extra = "") {
  return {
      {"mimetype", "application/vnd.oasis.opendocument.text", true},
      {"META-INF/manifest.xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">)"
       R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>)"
       R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">)" +
           manifest_extra + "</manifest:file-entry></manifest:manifest>"},
      {"content.xml", content},
  };
}

TEST(Hostile, NonexistentFileGivesTheSystemsReason) {
  const std::string message = read_error("/nonexistent/chengbao/report.odt");
  EXPECT_EQ(message, std::string("cannot open: ") + std::strerror(ENOENT));
}

TEST(Hostile, DirectoryIsRefused) {
  ScratchDir dir;
  EXPECT_EQ(read_error(dir.path("")), std::string("cannot open: ") + std::strerror(EISDIR));
}

TEST(Hostile, EmptyFileIsRefused) {
  ScratchDir dir;
  EXPECT_EQ(read_error(dir.write("empty.docx", "")), "empty file");
}

TEST(Hostile, RandomBytesAreNotADocument) {
  ScratchDir dir;
  std::mt19937 random(42);
  std::string bytes(4096, '\0');
  for (char& byte : bytes) byte = static_cast<char>(random());
  bytes[0] = 'x';  // neither '<', "PK" nor the OLE2 magic
  EXPECT_EQ(read_error(dir.write("random.odt", bytes)), "not an ODF or OOXML document");
}

TEST(Hostile, PlainTextIsNotADocument) {
  ScratchDir dir;
  EXPECT_EQ(read_error(dir.write("notes.txt", "一、基本情况\n")), "not an ODF or OOXML document");
}

TEST(Hostile, LegacyDocIsRefusedWithAdvice) {
  // legacy.doc was saved by LibreOffice as Word 97.
  EXPECT_EQ(read_error(data_file("legacy.doc")),
            "legacy Word .doc is not supported; save as .docx");
}

TEST(Hostile, EncryptedOoxmlIsRecognised) {
  // A password-protected .docx is an OLE2 file holding EncryptionInfo and EncryptedPackage.
  ScratchDir dir;
  std::string bytes(kOle2Magic, 8);
  bytes.resize(1536, '\0');
  bytes += utf16le("EncryptionInfo") + std::string(100, '\0') + utf16le("EncryptedPackage");
  const std::string message = read_error(dir.write("secret.docx", bytes));
  EXPECT_THAT(message, HasSubstr("encrypted or legacy binary document"));
  EXPECT_THAT(message, HasSubstr("password"));
}

TEST(Hostile, UnknownOle2FileIsEncryptedOrLegacy) {
  ScratchDir dir;
  std::string bytes(kOle2Magic, 8);
  bytes.resize(2048, '\0');
  EXPECT_THAT(read_error(dir.write("unknown.docx", bytes)),
              HasSubstr("encrypted or legacy binary document"));
}

TEST(Hostile, EncryptedOdtMadeByLibreOfficeIsRefused) {
  // encrypted.odt was stored by LibreOffice with a password: its manifest has encryption-data.
  EXPECT_EQ(read_error(data_file("encrypted.odt")),
            "encrypted document: save it without a password");
}

TEST(Hostile, ManifestWithEncryptionDataIsRefused) {
  ScratchDir dir;
  const std::string path = dir.path("encrypted.odt");
  write_zip(
      path,
      odt_entries(
          flat_odf("<text:p>x</text:p>"),
          R"(<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>)"));
  EXPECT_THAT(read_error(path), HasSubstr("encrypted document"));
}

TEST(Hostile, TruncatedZipIsRefused) {
  ScratchDir dir;
  const std::string bytes = read_bytes(data_file("report.docx"));
  const std::string path = dir.write("truncated.docx", bytes.substr(0, bytes.size() / 2));
  EXPECT_THAT(read_error(path), HasSubstr("not a readable zip archive"));
}

TEST(Hostile, CorruptEntryIsRefused) {
  // Flipping bytes inside the deflated content.xml breaks its data or its CRC.
  ScratchDir dir;
  const std::string path = dir.path("corrupt.odt");
  std::string content = flat_odf("<text:p>正文</text:p>");
  for (int i = 0; i < 200; ++i) content += "<!-- padding so the entry is long enough to damage -->";
  write_zip(path, odt_entries(content));
  std::string bytes = read_bytes(path);
  const std::size_t name = bytes.find("content.xml");
  ASSERT_NE(name, std::string::npos);
  for (std::size_t i = name + 40; i < name + 140; ++i) bytes[i] = static_cast<char>(~bytes[i]);
  EXPECT_THAT(read_error(dir.write("corrupt.odt", bytes)), HasSubstr("content.xml"));
}

TEST(Hostile, ZipWithoutADocumentIsRefused) {
  ScratchDir dir;
  const std::string path = dir.path("archive.docx");
  write_zip(path, {{"hello.txt", "hello"}});
  EXPECT_EQ(read_error(path),
            "not an ODF or OOXML document (a zip without content.xml or word/document.xml)");
}

TEST(Hostile, OdtWithoutContentIsRefused) {
  ScratchDir dir;
  const std::string path = dir.path("empty.odt");
  auto entries = odt_entries("");
  entries.pop_back();
  write_zip(path, entries);
  EXPECT_EQ(read_error(path), "missing content.xml (not an ODF document)");
}

TEST(Hostile, DocxWithoutDocumentPartIsRefused) {
  ScratchDir dir;
  const std::string path = dir.path("empty.docx");
  auto entries = docx_entries("");
  entries.erase(entries.begin() + 1);  // word/document.xml
  write_zip(path, entries);
  EXPECT_EQ(read_error(path), "missing word/document.xml (not a Word document)");
}

TEST(Hostile, SpreadsheetIsNotATextDocument) {
  ScratchDir dir;
  const std::string path = dir.path("sheet.ods");
  write_zip(
      path,
      odt_entries(
          R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">)"
          R"(<office:body><office:spreadsheet/></office:body></office:document-content>)"));
  EXPECT_EQ(read_error(path),
            "content.xml: not an ODF text document (its body is <office:spreadsheet>)");
}

TEST(Hostile, OtherXmlIsNotADocument) {
  ScratchDir dir;
  EXPECT_EQ(read_error(dir.write("page.xml", "<html><body>一、</body></html>")),
            "not an ODF or OOXML document (the XML root is <html>)");
}

TEST(Hostile, MalformedXmlNamesTheLine) {
  ScratchDir dir;
  const std::string path = dir.write("broken.fodt", flat_odf("<text:p>unclosed\n</text:h>"));
  EXPECT_THAT(read_error(path),
              HasSubstr("not well-formed XML (line 11): Start-end tags mismatch"));
}

TEST(Hostile, MalformedPartNamesThePart) {
  ScratchDir dir;
  const std::string path = dir.path("broken.docx");
  auto entries = docx_entries("<w:p><w:r><w:t>x</w:t></w:r>");  // w:body never closed
  write_zip(path, entries);
  EXPECT_THAT(read_error(path), HasSubstr("word/document.xml: not well-formed XML (line 1)"));
}

TEST(Hostile, BillionLaughsIsRefusedBeforeParsing) {
  ScratchDir dir;
  std::string entities = R"(<!ENTITY lol "lol">)";
  for (int i = 1; i <= 9; ++i) {
    entities += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j)
      entities += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    entities += "\">";
  }
  std::string document = flat_odf("<text:p>&lol9;</text:p>");
  document.insert(document.find("<office:document"),
                  "<!DOCTYPE office:document [" + entities + "]>\n");
  EXPECT_EQ(read_error(dir.write("laughs.fodt", document)),
            "DTD/entities not allowed (the file has a DOCTYPE)");
}

TEST(Hostile, DoctypeInsideAPackageIsRefused) {
  ScratchDir dir;
  const std::string path = dir.path("doctype.docx");
  auto entries = docx_entries("<w:p/>");
  entries[1].data.insert(entries[1].data.find("<w:document"),
                         R"(<!DOCTYPE w:document SYSTEM "file:///etc/passwd">)");
  write_zip(path, entries);
  EXPECT_EQ(read_error(path),
            "word/document.xml: DTD/entities not allowed (the file has a DOCTYPE)");
}

// office:document, office:body, office:text and text:p are 4 levels; spans make up the rest.
std::string nested_odf(int depth) {
  std::string open;
  std::string close;
  for (int i = 4; i < depth; ++i) {
    open += "<text:span>";
    close += "</text:span>";
  }
  return flat_odf("<text:p>" + open + "深" + close + "</text:p>");
}

TEST(Hostile, NestingOneDeeperThanTheLimitIsRefused) {
  ScratchDir dir;
  EXPECT_EQ(read_error(dir.write("deep.fodt", nested_odf(1001))),
            "XML nesting deeper than 1000 levels");
}

TEST(Hostile, NestingAtTheLimitIsRead) {
  ScratchDir dir;
  const Document document = read_ok(dir.write("deep.fodt", nested_odf(1000)));
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].text, "深");
}

TEST(Hostile, VeryDeepNestingIsRefusedWithoutExhaustingTheStack) {
  ScratchDir dir;
  EXPECT_EQ(read_error(dir.write("deeper.fodt", nested_odf(200000))),
            "XML nesting deeper than 1000 levels");
  // The limit is the caller's: a generous one still reads such a file, iteratively.
  ReadLimits generous;
  generous.max_xml_depth = 300000;
  const Document document = read_ok(dir.path("deeper.fodt"), generous);
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].text, "深");
}

// 8 MiB of zeros deflate to a few kilobytes: a ratio far above 100.
std::vector<ZipEntry> bomb_entries() {
  auto entries = odt_entries(flat_odf("<text:p>x</text:p>"));
  entries.back().data += std::string(8u << 20, ' ');
  return entries;
}

TEST(Hostile, ZipBombIsRefusedByItsCompressionRatio) {
  ScratchDir dir;
  const std::string path = dir.path("bomb.odt");
  write_zip(path, bomb_entries());
  EXPECT_EQ(read_error(path),
            "zip entry content.xml is compressed more than 100 times (a zip bomb?)");
}

TEST(Hostile, EntryOverTheSizeLimitIsRefused) {
  ScratchDir dir;
  const std::string path = dir.path("big.odt");
  write_zip(path, bomb_entries());
  ReadLimits limits;
  limits.max_entry_size = 1u << 20;
  limits.max_compression_ratio = 100000;
  EXPECT_EQ(read_error(path, limits),
            "zip entry content.xml is larger than the limit of 1048576 bytes uncompressed");
}

TEST(Hostile, HugeDeclaredSizeIsRefusedBeforeReading) {
  ScratchDir dir;
  const std::string path = dir.path("liar.odt");
  write_zip(path, odt_entries(flat_odf("<text:p>x</text:p>")));
  patch_declared_size(path, "content.xml", 0xFFFFFFF0u);
  EXPECT_EQ(read_error(path),
            "zip entry content.xml is larger than the limit of 268435456 bytes uncompressed");
}

TEST(Hostile, MoreDataThanDeclaredStopsTheRead) {
  // The directory claims 64 bytes; inflating gives megabytes. Reading stops at the claim.
  ScratchDir dir;
  const std::string path = dir.path("liar.odt");
  auto entries = bomb_entries();
  write_zip(path, entries);
  patch_declared_size(path, "content.xml", 64);
  EXPECT_THAT(read_error(path), HasSubstr("corrupt zip entry content.xml"));
}

TEST(Hostile, StoredEntryLargerThanTheLimitIsRefused) {
  ScratchDir dir;
  const std::string path = dir.path("stored.odt");
  auto entries = odt_entries(flat_odf("<text:p>x</text:p>") + std::string(3u << 20, ' '));
  entries.back().store = true;
  write_zip(path, entries);
  ReadLimits limits;
  limits.max_entry_size = 2u << 20;
  EXPECT_THAT(read_error(path, limits), HasSubstr("larger than the limit of 2097152 bytes"));
}

TEST(Hostile, FlatFileOverTheSizeLimitIsRefused) {
  ScratchDir dir;
  ReadLimits limits;
  limits.max_entry_size = 1000;
  EXPECT_EQ(read_error(dir.write("big.fodt", flat_odf(std::string(2000, ' '))), limits),
            "file is larger than the limit of 1000 bytes");
}

TEST(Hostile, HugeSpaceCountIsCapped) {
  ScratchDir dir;
  const Document document = read_ok(
      dir.write("spaces.fodt", flat_odf(R"(<text:p>a<text:s text:c="2000000000"/>b</text:p>)")));
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].text, "a" + std::string(1000, ' ') + "b");
}

TEST(Hostile, StyleLoopsEndWithoutHanging) {
  ScratchDir dir;
  const std::string styles =
      R"(<style:style style:name="A" style:family="paragraph" style:parent-style-name="B"/>)"
      R"(<style:style style:name="B" style:family="paragraph" style:parent-style-name="A"/>)";
  const Document odf = read_ok(
      dir.write("loop.fodt", flat_odf(R"(<text:p text:style-name="A">x</text:p>)", styles)));
  ASSERT_EQ(odf.paragraphs.size(), 1u);
  EXPECT_EQ(odf.paragraphs[0].style, "A");

  const std::string path = dir.path("loop.docx");
  write_zip(
      path,
      docx_entries(
          R"(<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>)",
          R"(<w:style w:type="paragraph" w:styleId="A"><w:name w:val="a"/><w:basedOn w:val="B"/></w:style>)"
          R"(<w:style w:type="paragraph" w:styleId="B"><w:name w:val="b"/><w:basedOn w:val="A"/></w:style>)",
          R"(<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="N"/></w:abstractNum>)"
          R"(<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>)"));
  const Document docx = read_ok(path);
  ASSERT_EQ(docx.paragraphs.size(), 1u);
  EXPECT_EQ(docx.paragraphs[0].style, "a");
}

TEST(Hostile, HugeStartValuesStayBounded) {
  // LibreOffice keeps start values in 16 bits; a larger one is ignored, so labels stay short.
  ScratchDir dir;
  const std::string styles =
      R"(<text:list-style style:name="L"><text:list-level-style-number text:level="1" style:num-format="a" text:start-value="4000000000"/></text:list-style>)";
  const Document document = read_ok(dir.write(
      "start.fodt",
      flat_odf(
          R"(<text:list text:style-name="L"><text:list-item text:start-value="99999999999"><text:p>x</text:p></text:list-item></text:list>)",
          styles)));
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].list_label, "a");
}

// Everything in a Chinese sentence that may stay in Latin letters taken out: the file, the
// arguments (an entry's name, an element), <…> tags, file extensions and the names of the
// formats; what is left is English a zh-CN user would meet. "" when there is none.
std::string english_in(std::string text, const LoadError& error) {
  const auto erase_all = [&text](const std::string& what) {
    if (what.size() < 3) return;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at)) {
      text.erase(at, what.size());
    }
  };
  erase_all(error.file);
  for (const std::string& arg : error.args) erase_all(arg);
  for (std::size_t at = text.find('<'); at != std::string::npos; at = text.find('<', at)) {
    const std::size_t end = text.find('>', at);
    if (end == std::string::npos) break;
    text.erase(at, end + 1 - at);
  }
  for (const char* kept :
       {".docx", ".fodt", ".odt", ".doc", "OOXML", "ODF", "XML", "UTF", "Word"}) {
    erase_all(kept);
  }
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    run = std::isalpha(static_cast<unsigned char>(text[i])) ? run + 1 : 0;
    if (run >= 3) {
      std::size_t end = i;
      while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
      return text.substr(i + 1 - run, end - (i + 1 - run));
    }
  }
  return "";
}

// Each refusal has its kind from the reader that finds it, with the entry it concerns, so that a
// zh-CN or zh-TW user reads it in Chinese; the English stays as the tests above have it.
TEST(Hostile, RefusalsAreSaidInTheUsersLanguage) {
  ScratchDir dir;
  struct Case {
    std::string path;
    LoadProblem problem;
    std::vector<std::string> args;  ///< the leading ones; a parse status is not checked
    ReadLimits limits = ReadLimits();
  };
  std::vector<Case> cases;
  const auto add = [&cases](std::string path, LoadProblem problem,
                            std::vector<std::string> args = {}, ReadLimits limits = ReadLimits()) {
    cases.push_back({std::move(path), problem, std::move(args), limits});
  };
  add("/nonexistent/chengbao/report.odt", LoadProblem::CannotOpen, {std::strerror(ENOENT)});
  add(dir.path(""), LoadProblem::CannotOpen, {std::strerror(EISDIR)});
  add(dir.write("empty.docx", ""), LoadProblem::EmptyFile);
  add(dir.write("notes.txt", "一、基本情况\n"), LoadProblem::NotADocument);
  add(data_file("legacy.doc"), LoadProblem::LegacyDoc);
  add(data_file("encrypted.odt"), LoadProblem::Encrypted);
  std::string ole2(kOle2Magic, 8);
  ole2.resize(2048, '\0');
  add(dir.write("unknown.docx", ole2), LoadProblem::LegacyBinary);
  ole2 += utf16le("EncryptionInfo") + std::string(100, '\0') + utf16le("EncryptedPackage");
  add(dir.write("secret.docx", ole2), LoadProblem::Encrypted);

  const std::string docx = read_bytes(data_file("report.docx"));
  add(dir.write("truncated.docx", docx.substr(0, docx.size() / 2)), LoadProblem::DamagedZip);
  write_zip(dir.path("archive.docx"), {{"hello.txt", "hello"}});
  add(dir.path("archive.docx"), LoadProblem::ZipNotADocument, {"content.xml", "word/document.xml"});
  auto no_content = odt_entries("");
  no_content.pop_back();
  write_zip(dir.path("no-content.odt"), no_content);
  add(dir.path("no-content.odt"), LoadProblem::MissingMainPart, {"content.xml", "ODF"});
  auto no_document = docx_entries("");
  no_document.erase(no_document.begin() + 1);
  write_zip(dir.path("no-document.docx"), no_document);
  add(dir.path("no-document.docx"), LoadProblem::MissingMainPart, {"word/document.xml", "Word"});
  write_zip(
      dir.path("sheet.ods"),
      odt_entries(
          R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">)"
          R"(<office:body><office:spreadsheet/></office:body></office:document-content>)"));
  add(dir.path("sheet.ods"), LoadProblem::NotOdfTextBody, {"content.xml", "office:spreadsheet"});
  add(dir.write("page.xml", "<html><body>一、</body></html>"), LoadProblem::XmlNotADocument,
      {"html"});

  add(dir.write("broken.fodt", flat_odf("<text:p>unclosed\n</text:h>")),
      LoadProblem::FlatNotWellFormed, {"11"});
  write_zip(dir.path("broken.docx"), docx_entries("<w:p><w:r><w:t>x</w:t></w:r>"));
  add(dir.path("broken.docx"), LoadProblem::EntryNotWellFormed, {"word/document.xml", "1"});
  auto doctype = docx_entries("<w:p/>");
  doctype[1].data.insert(doctype[1].data.find("<w:document"), "<!DOCTYPE w:document>");
  write_zip(dir.path("doctype.docx"), doctype);
  add(dir.path("doctype.docx"), LoadProblem::EntryDoctype, {"word/document.xml"});
  std::string doctype_flat = flat_odf("<text:p>x</text:p>");
  doctype_flat.insert(doctype_flat.find("<office:document"), "<!DOCTYPE office:document>\n");
  add(dir.write("doctype.fodt", doctype_flat), LoadProblem::DoctypeRefused);
  add(dir.write("deep.fodt", nested_odf(1001)), LoadProblem::XmlTooDeep, {"1000"});
  auto utf16 = docx_entries("<w:p/>");
  utf16[1].data = utf16le(utf16[1].data);
  write_zip(dir.path("utf16.docx"), utf16);
  add(dir.path("utf16.docx"), LoadProblem::EntryUtf16, {"word/document.xml"});

  write_zip(dir.path("bomb.odt"), bomb_entries());
  add(dir.path("bomb.odt"), LoadProblem::EntryOverCompressed, {"content.xml", "100"});
  ReadLimits small;
  small.max_entry_size = 1u << 20;
  small.max_compression_ratio = 100000;
  add(dir.path("bomb.odt"), LoadProblem::EntryTooLarge, {"content.xml", "1048576"}, small);
  write_zip(dir.path("liar.odt"), bomb_entries());
  patch_declared_size(dir.path("liar.odt"), "content.xml", 64);
  add(dir.path("liar.odt"), LoadProblem::DamagedEntry, {"content.xml"});
  ReadLimits tiny;
  tiny.max_entry_size = 1000;
  add(dir.write("big.fodt", flat_odf(std::string(2000, ' '))), LoadProblem::TooLarge, {}, tiny);

  for (const Case& c : cases) {
    auto result = read_document(c.path, c.limits);
    ASSERT_TRUE(std::holds_alternative<LoadError>(result)) << c.path;
    const LoadError& error = std::get<LoadError>(result);
    SCOPED_TRACE(error.to_string());
    EXPECT_EQ(error.problem, c.problem);
    ASSERT_GE(error.args.size(), c.args.size());
    EXPECT_EQ(std::vector<std::string>(error.args.begin(), error.args.begin() + c.args.size()),
              c.args);
    EXPECT_EQ(describe(error, Language::En), error.to_string());
    for (Language language : {Language::ZhCN, Language::ZhTW}) {
      const std::string text = describe(error, language);
      EXPECT_EQ(english_in(text, error), "") << text;
    }
  }

  // A few as a person reads them.
  const auto zh_cn = [](const std::string& path) {
    return describe(std::get<LoadError>(read_document(path)), Language::ZhCN);
  };
  const std::string liar = dir.path("liar.odt");
  EXPECT_EQ(zh_cn(liar), liar + ": 文件已损坏：压缩包中 content.xml 的数据有误，无法读取");
  const std::string broken = dir.path("broken.docx");
  EXPECT_EQ(zh_cn(broken),
            broken + ": word/document.xml 的 XML 格式不正确（第 1 行）：开始标签与结束标签不匹配");
  const std::string flat = dir.path("broken.fodt");
  EXPECT_EQ(describe(std::get<LoadError>(read_document(flat)), Language::ZhTW),
            flat + ": XML 格式不正確（第 11 行）：開始標籤與結束標籤不相符");
  const std::string truncated = dir.path("truncated.docx");
  EXPECT_EQ(zh_cn(truncated), truncated + ": 文件已损坏：不是完好的压缩包，无法读取");
}

}  // namespace
}  // namespace chengbao
