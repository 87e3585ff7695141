#!/usr/bin/env python3
"""Writes the real-client fixtures of the format tests (run from this folder):

- GraphML written by networkx (nx.write_graphml, networkx 3.6.1 from PyPI):
  networkx-attributes.graphml, networkx-kumu-names.graphml, networkx-karate.graphml;
- Excel workbooks (.xlsx), built part by part with zipfile as Excel lays them out (shared
  strings, styles with number formats, date serials, rich text, inline strings, booleans):
  excel-de.xlsx, kumu.xlsx, errors.xlsx, no-sheets.xlsx, bomb.xlsx.

yed-style.graphml is written by hand after yEd 3.x's layout (yEd is not scriptable here).
"""
import zipfile

import networkx as nx


def networkx_files():
    g = nx.Graph(title="Bildungslandschaft Gößnitz", language="de")
    g.add_node("vhs", name="Volkshochschule Gößnitz", kind="Volkshochschule", topics="Sprachförderung|Integrationskurse",
               municipality="Gößnitz")
    g.add_node("buendnis", name="Bündnis für Sprache", kind="committee", since="2018")
    g.add_node("jugendamt", name="Jugendamt", kind="office", sectors="early-childhood|school")
    g.add_node("träger", name="Sprachkursträger »Brücke«", kind="association")
    g.add_edge("vhs", "buendnis", kind="cooperation", weight=2.5, formal=True, note="Kursplanung & Sprechtage")
    g.add_edge("jugendamt", "buendnis", kind="exchange", weight=1.0, formal=False)
    g.add_edge("träger", "buendnis", kind="cooperation", weight=1.0, formal=False)
    nx.write_graphml(g, "networkx-attributes.graphml")

    d = nx.DiGraph()
    d.add_node(1, label="Stiftung Bildung", type="Stiftung")
    d.add_node(2, label="Schulamt", type="Schulamt")
    d.add_node(3, label="Grundschule am Park", type="Schule", tags="Ganztag|Inklusion")
    d.add_edge(1, 3, type="Förderung", strength=3)
    d.add_edge(2, 3, type="Steuerung", strength=1)
    nx.write_graphml(d, "networkx-kumu-names.graphml")

    nx.write_graphml(nx.karate_club_graph(), "networkx-karate.graphml")


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{sheets}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
# Styles: 0 General, 1 a German date (custom DD.MM.YYYY, as German Excel stores TT.MM.JJJJ),
# 2 month and year (built-in 17, mmm-yy), 3 a number with two decimals (built-in 2).
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="DD.MM.YYYY"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="17" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"""


def column(n):
    letters = ""
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def workbook(path, sheets, date1904=False):
    """sheets: [(name, rows)], rows a list of lists of cells: str (shared string), ("inline", str),
    int/float (number), ("date", serial), ("month", serial), ("bool", b), ("error", "#REF!"),
    ("rich", [runs]), None (empty)."""
    strings, index = [], {}

    def shared(key, xml):
        if key not in index:
            index[key] = len(strings)
            strings.append(xml)
        return index[key]

    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    parts = {}
    for number, (name, rows) in enumerate(sheets, 1):
        xml_rows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, value in enumerate(row, 1):
                ref = f"{column(c)}{r}"
                if value is None:
                    continue
                if isinstance(value, str):
                    cells.append(f'<c r="{ref}" t="s"><v>{shared(value, "<si><t>" + esc(value) + "</t></si>")}</v></c>')
                elif isinstance(value, bool):
                    raise ValueError("use ('bool', b)")
                elif isinstance(value, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                elif value[0] == "inline":
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(value[1])}</t></is></c>')
                elif value[0] == "date":
                    cells.append(f'<c r="{ref}" s="1"><v>{value[1]}</v></c>')
                elif value[0] == "month":
                    cells.append(f'<c r="{ref}" s="2"><v>{value[1]}</v></c>')
                elif value[0] == "decimal":
                    cells.append(f'<c r="{ref}" s="3"><v>{value[1]}</v></c>')
                elif value[0] == "bool":
                    cells.append(f'<c r="{ref}" t="b"><v>{1 if value[1] else 0}</v></c>')
                elif value[0] == "error":
                    cells.append(f'<c r="{ref}" t="e"><f>Tabelle1!#REF!</f><v>{value[1]}</v></c>')
                elif value[0] == "rich":
                    runs = "".join(f"<r><t xml:space=\"preserve\">{esc(t)}</t></r>" for t in value[1])
                    key = "rich:" + "".join(value[1])
                    phonetic = '<rPh sb="0" eb="1"><t>x</t></rPh>'
                    position = shared(key, "<si>" + runs + phonetic + "</si>")
                    cells.append(f'<c r="{ref}" t="s"><v>{position}</v></c>')
            xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        parts[f"xl/worksheets/sheet{number}.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>')
    sheet_list = "".join(f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>' for n, (name, _) in enumerate(sheets, 1))
    parts["xl/workbook.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        + ('<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>') + f'<sheets>{sheet_list}</sheets></workbook>')
    rels = "".join(f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>' for n in range(1, len(sheets) + 1))
    rels += f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    rels += f'<Relationship Id="rId{len(sheets) + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    parts["xl/_rels/workbook.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                          f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
    parts["xl/sharedStrings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                     f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">{"".join(strings)}</sst>')
    parts["xl/styles.xml"] = STYLES
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for n in range(1, len(sheets) + 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(sheets=overrides))
        z.writestr("_rels/.rels", ROOT_RELS)
        for name, text in parts.items():
            z.writestr(name, text)


def workbooks():
    # 43706 = 29.08.2019, 43678 = 01.08.2019 (shown as Aug-19), 42370 = 01.01.2016.
    workbook("excel-de.xlsx", [
        ("actors", [
            ["id", "Name", "Art", "Kommune", "Themen", "Zielgruppen", "seit", "bis", "Notiz"],
            ["vhs", "Volkshochschule Gößnitz", "Volkshochschule", "Gößnitz", "Sprachförderung|Integrationskurse", "Neuzugewanderte", 2016, None, ("rich", ["Kurse für ", "Erwachsene"])],
            ["buendnis", "Bündnis für Sprache und Integration", "Bündnis", "Gößnitz", "Sprachförderung", None, ("date", 43706), None, None],
            ["jugendamt", "Jugendamt Altenburger Land", "Amt", None, None, "Jugendliche", None, ("month", 43678), ("inline", "Straße der Einheit 1")],
        ]),
        ("ties", [
            ["Von", "An", "Art", "Gewicht", "formell", "seit"],
            ["vhs", "buendnis", "Mitglied", 1, ("bool", True), ("date", 42370)],
            ["jugendamt", "buendnis", "Mitglied", ("decimal", 2.5), ("bool", False), None],
            ["vhs", "jugendamt", "Austausch", 2, None, None],
        ]),
        ("Tabelle3", [["nicht", "gelesen"]]),
    ])
    workbook("kumu.xlsx", [
        ("Elements", [
            ["Label", "Type", "Description", "Tags"],
            ["Stadtbibliothek", "Einrichtung", "Leseförderung für Grundschulen", "Leseförderung|Ganztag"],
            ["Förderverein Lesen e. V.", "Verein", None, "Leseförderung"],
        ]),
        ("Connections", [
            ["From", "To", "Type", "Strength"],
            ["Förderverein Lesen e. V.", "Stadtbibliothek", "Kooperation", 3],
        ]),
    ], date1904=True)
    workbook("errors.xlsx", [
        ("actors", [
            ["id", "name", "kind", "since"],
            ["vhs", "Volkshochschule", "Volkshochschule", None],
            ["amt", "Jugendamt", "Amt", "2019-02-30"],
            ["stiftung", "Stiftung", "Stiftunk", None],
        ]),
        ("ties", [
            ["from", "to", "kind", "weight"],
            ["vhs", "jugendamtt", None, None],
            ["vhs", "amt", None, -1],
            ["stiftung", "amt", "Förderunk", ("error", "#REF!")],
        ]),
    ])
    workbook("no-sheets.xlsx", [("Tabelle1", [["Name", "Art"], ["VHS", "Schule"]])])
    # A sheet that unpacks to 80 MB of spaces: more than the reader's 64 MB limit per part.
    with zipfile.ZipFile("bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="actors" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", "<worksheet>" + " " * (80 * 1024 * 1024) + "</worksheet>")


if __name__ == "__main__":
    networkx_files()
    workbooks()
