// The document's custom properties, where a report records what it was made with: ODF
// meta:user-defined (flat and packaged) and OOXML docProps/custom.xml.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "document_record.hpp"
#include "test_files.hpp"

namespace chengbao {
namespace {

using testing::docx_entries;
using testing::flat_odf;
using testing::read_ok;
using testing::ScratchDir;
using testing::write_zip;
using testing::ZipEntry;

const std::map<std::string, std::string> kRecorded = {{"chengbao_template", "work-report"},
                                                      {"chengbao_script", "zh-Hant"},
                                                      {"chengbao_date_style", "roc"},
                                                      {"chengbao_topic", "檔案管理"},
                                                      {"版本", "2"}};

const char kMeta[] =
    R"(<office:meta xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">)"
    R"(<meta:generator>LibreOffice</meta:generator>)"
    R"(<meta:user-defined meta:name="chengbao_template">work-report</meta:user-defined>)"
    R"(<meta:user-defined meta:name="chengbao_script">zh-Hant</meta:user-defined>)"
    R"(<meta:user-defined meta:name="chengbao_date_style">roc</meta:user-defined>)"
    R"(<meta:user-defined meta:name="chengbao_topic">檔案管理</meta:user-defined>)"
    R"(<meta:user-defined meta:name="版本" meta:value-type="float">2</meta:user-defined>)"
    R"(<meta:user-defined meta:name="">nameless</meta:user-defined>)"
    R"(</office:meta>)";

TEST(DocumentProperties, FlatOdfMetaIsRead) {
  std::string fodt = flat_odf("<text:p>正文</text:p>");
  fodt.replace(fodt.find("<office:styles>"), 0, kMeta);
  ScratchDir dir;
  const Document document = read_ok(dir.write("record.fodt", fodt));
  EXPECT_EQ(document.properties, kRecorded);
  const DocumentRecord record = read_record(document.properties);
  EXPECT_EQ(record.template_id, "work-report");
  EXPECT_EQ(record.script, "zh-Hant");
  EXPECT_EQ(record.date_style, DateStyle::Roc);
  EXPECT_EQ(record.topic, "檔案管理");
}

TEST(DocumentProperties, OdtMetaXmlIsRead) {
  const std::string content = flat_odf("<text:p>正文</text:p>");
  const std::string meta =
      R"(<?xml version="1.0" encoding="UTF-8"?><office:document-meta )"
      R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
      R"(xmlns:m="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">)" +
      std::string(kMeta).replace(0, std::string(kMeta).find('>') + 1, "<office:meta>") +
      "</office:document-meta>";
  // The meta namespace under another prefix (m:) reads the same.
  std::string prefixed = meta;
  for (std::size_t at; (at = prefixed.find("meta:user-defined")) != std::string::npos;)
    prefixed.replace(at, 4, "m");
  for (std::size_t at; (at = prefixed.find("meta:name")) != std::string::npos;)
    prefixed.replace(at, 4, "m");
  for (std::size_t at; (at = prefixed.find("meta:value-type")) != std::string::npos;)
    prefixed.replace(at, 4, "m");
  for (std::size_t at; (at = prefixed.find("meta:generator")) != std::string::npos;)
    prefixed.replace(at, 4, "m");
  ScratchDir dir;
  for (const std::string& part : {meta, prefixed}) {
    std::string document_xml = content;
    document_xml.replace(document_xml.find("<office:document "), 17, "<office:document-content ");
    document_xml.replace(document_xml.rfind("</office:document>"), 18,
                         "</office:document-content>");
    const std::string path = dir.path("record.odt");
    write_zip(path, {{"mimetype", "application/vnd.oasis.opendocument.text"},
                     {"content.xml", document_xml},
                     {"meta.xml", part}});
    EXPECT_EQ(read_ok(path).properties, kRecorded) << part;
  }
}

TEST(DocumentProperties, DocxCustomXmlIsRead) {
  std::vector<ZipEntry> entries = docx_entries("<w:p><w:r><w:t>正文</w:t></w:r></w:p>");
  entries.push_back(
      {"_rels/.rels",
       R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
       R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
       R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>)"
       R"(</Relationships>)"});
  entries.push_back(
      {"docProps/custom.xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">)"
       R"(<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="chengbao_template"><vt:lpwstr>work-report</vt:lpwstr></property>)"
       R"(<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="chengbao_script"><vt:lpwstr>zh-Hant</vt:lpwstr></property>)"
       R"(<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="chengbao_date_style"><vt:lpwstr>roc</vt:lpwstr></property>)"
       R"(<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="chengbao_topic"><vt:lpwstr>檔案管理</vt:lpwstr></property>)"
       R"(<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="6" name="版本"><vt:r8>2</vt:r8></property>)"
       R"(</Properties>)"});
  ScratchDir dir;
  const std::string path = dir.path("record.docx");
  write_zip(path, entries);
  EXPECT_EQ(read_ok(path).properties, kRecorded);
}

TEST(DocumentProperties, NoPropertiesNoRecord) {
  ScratchDir dir;
  const Document document = read_ok(dir.write("plain.fodt", flat_odf("<text:p>正文</text:p>")));
  EXPECT_TRUE(document.properties.empty());
  EXPECT_TRUE(read_record(document.properties).empty());
}

TEST(DocumentRecord, ValuesThatDoNotParseAreLeftOut) {
  const DocumentRecord record = read_record({{"chengbao_template", "status-report"},
                                             {"chengbao_script", "zh-Latn"},
                                             {"chengbao_date_style", "julian"}});
  EXPECT_EQ(record.template_id, "status-report");
  EXPECT_EQ(record.script, "");
  EXPECT_FALSE(record.date_style.has_value());
  std::map<std::string, std::string> written;
  write_record(record, written);
  EXPECT_EQ(written, (std::map<std::string, std::string>{{"chengbao_template", "status-report"}}));
}

}  // namespace
}  // namespace chengbao
