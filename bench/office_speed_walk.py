# The baseline of bench/office_speed.sh: a Python macro, run inside the office by its script
# provider, that walks a Writer document's body paragraphs (tables cell by cell) reading what
# vnd.chengbao:Check reads of each: the text, the paragraph style, the outline level and the
# list label. Returns "paragraphs seconds", timed inside the office.
import time


def walk(doc):
    start = time.perf_counter()
    count = 0

    def walk_text(text):
        nonlocal count
        elements = text.createEnumeration()
        while elements.hasMoreElements():
            element = elements.nextElement()
            if element.supportsService("com.sun.star.text.Paragraph"):
                element.getString()
                element.ParaStyleName
                element.OutlineLevel
                element.ListLabelString
                count += 1
            elif element.supportsService("com.sun.star.text.TextTable"):
                for name in element.getCellNames():
                    walk_text(element.getCellByName(name))

    walk_text(doc.getText())
    return "%d %.6f" % (count, time.perf_counter() - start)


g_exportedScripts = (walk,)
