import Foundation
import LandscapeCore
import LandscapeIO
import Testing

/// One file of the bad-input corpus (Tests/LandscapeIOTests/Fixtures/bad, written by
/// make_bad.py) and what `landscape check` must answer: the exit status and every line on
/// stderr (`$/` stands for the corpus folder). The expectations were written by running the
/// tool and reading each message as a user would: the place is the place of the problem, and
/// the text says what to do.
struct BadInput: CustomTestStringConvertible, Sendable {
    var path: String
    var exit: Int32
    var stderr: [String]
    var stdout: String?

    init(_ path: String, exit: Int32, stderr: [String], stdout: String? = nil) {
        self.path = path
        self.exit = exit
        self.stderr = stderr
        self.stdout = stdout
    }

    var testDescription: String { path }
}

@Suite("Bad input: every broken file gets a clear answer, never a crash or a hang")
struct BadInputTests {
    static let corpus = "Tests/LandscapeIOTests/Fixtures/bad"

    static let cases: [BadInput] = [
        BadInput("yaml/alias-as-actor-list.yaml", exit: 0,
                 stderr: [
                    "$/yaml/alias-as-actor-list.yaml:1:1: warning: unknown key 'x' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
                 ],
                 stdout: "ok: 1 actor, 0 ties ($/yaml/alias-as-actor-list.yaml)"),
        BadInput("yaml/alias-key-bomb.yaml", exit: 1,
                 stderr: [
                    "$/yaml/alias-key-bomb.yaml:11:5: error: an alias (*a9) is used as a mapping key; a landscape's keys are plain words (aliases and lists as keys are refused: hashing them can take hours)",
                    "1 error",
                 ]),
        BadInput("yaml/billion-laughs.yaml", exit: 1,
                 stderr: [
                    "$/yaml/billion-laughs.yaml:1:1: warning: unknown key 'a0' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
                    "$/yaml/billion-laughs.yaml:2:1: warning: unknown key 'a1' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
                    "$/yaml/billion-laughs.yaml:3:1: warning: unknown key 'a2' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
                    "$/yaml/billion-laughs.yaml:4:1: warning: unknown key 'a3' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
                    "$/yaml/billion-laughs.yaml:5:1: warning: unknown key 'a4' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
                    "$/yaml/billion-laughs.yaml:6:1: warning: unknown key 'a5' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
                    "$/yaml/billion-laughs.yaml:7:1: warning: unknown key 'a6' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
                    "$/yaml/billion-laughs.yaml:8:1: warning: unknown key 'a7' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
                    "$/yaml/billion-laughs.yaml:9:1: warning: unknown key 'a8' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
                    "$/yaml/billion-laughs.yaml:10:1: warning: unknown key 'a9' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
                    "$/yaml/billion-laughs.yaml:11:1: warning: unknown key 'a10' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
                    "$/yaml/billion-laughs.yaml:11:6: error: each item of 'name' must be text, found a list",
                    "$/yaml/billion-laughs.yaml:12:1: warning: unknown key 'a11' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
                    "$/yaml/billion-laughs.yaml:12:6: error: 'title' must be text, found a list",
                    "$/yaml/billion-laughs.yaml:12:6: error: 'name' takes a single value, not a list",
                    "$/yaml/billion-laughs.yaml:15:5: error: actor has no 'name' (required)",
                    "4 errors, 12 warnings",
                 ]),
        BadInput("yaml/binary.yaml", exit: 1,
                 stderr: [
                    "$/yaml/binary.yaml:1:1: error: the file holds NUL bytes: it is a binary file or UTF-16 without byte-order mark; save it as UTF-8 text",
                    "1 error",
                 ]),
        BadInput("yaml/control-characters.yaml", exit: 0,
                 stderr: [
                    "$/yaml/control-characters.yaml:4:11: warning: 'name' holds control characters (invisible, or terminal escape codes); they are removed",
                 ],
                 stdout: "ok: 3 actors, 3 ties ($/yaml/control-characters.yaml)"),
        BadInput("yaml/date-feb30.yaml", exit: 1,
                 stderr: [
                    "$/yaml/date-feb30.yaml:6:12: error: invalid date '2019-02-30' in 'since' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)",
                    "1 error",
                 ]),
        BadInput("yaml/date-month13.yaml", exit: 1,
                 stderr: [
                    "$/yaml/date-month13.yaml:6:12: error: invalid date '2019-13' in 'until' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)",
                    "1 error",
                 ]),
        BadInput("yaml/date-order.yaml", exit: 1,
                 stderr: [
                    "$/yaml/date-order.yaml:7:12: error: 'until' 2018 lies before 'since' 2020",
                    "1 error",
                 ]),
        BadInput("yaml/deep-nesting-blocks.yaml", exit: 1,
                 stderr: [
                    "$/yaml/deep-nesting-blocks.yaml:3:5: error: each actor must be a mapping of fields (name: …), found a list",
                    "1 error",
                 ]),
        BadInput("yaml/deep-nesting.yaml", exit: 1,
                 stderr: [
                    "$/yaml/deep-nesting.yaml:1:10: error: YAML syntax error: lists and mappings are nested too deeply (more than 1,000 levels)",
                    "1 error",
                 ]),
        BadInput("yaml/duplicate-keys.yaml", exit: 1,
                 stderr: [
                    "$/yaml/duplicate-keys.yaml:5:5: error: duplicate key 'name' in the same mapping (first at line 4)",
                    "1 error",
                 ]),
        BadInput("yaml/duplicate-top-keys.yaml", exit: 1,
                 stderr: [
                    "$/yaml/duplicate-top-keys.yaml:16:1: error: duplicate key 'actors' in the same mapping (first at line 2)",
                    "1 error",
                 ]),
        BadInput("yaml/flow-list-key.yaml", exit: 1,
                 stderr: [
                    "$/yaml/flow-list-key.yaml:2:5: error: a list or mapping is used as a mapping key; a landscape's keys are plain words (aliases and lists as keys are refused: hashing them can take hours)",
                    "1 error",
                 ]),
        BadInput("yaml/huge-weight.yaml", exit: 1,
                 stderr: [
                    "$/yaml/huge-weight.yaml:15:53: error: weight must be a number greater than 0, not '1e999'",
                    "1 error",
                 ]),
        BadInput("yaml/ids-case.yaml", exit: 0,
                 stderr: [
                    "$/yaml/ids-case.yaml:9:9: warning: actor id 'Amt' differs only in letter case from 'amt' at $/yaml/ids-case.yaml:3:9; are they the same actor?",
                 ],
                 stdout: "ok: 4 actors, 3 ties ($/yaml/ids-case.yaml)"),
        BadInput("yaml/ids-nfc-nfd.yaml", exit: 1,
                 stderr: [
                    "$/yaml/ids-nfc-nfd.yaml:9:9: error: duplicate actor id 'Jugendberufsagentur-München' (first defined at $/yaml/ids-nfc-nfd.yaml:3:9)",
                    "1 error",
                 ]),
        BadInput("yaml/inf-weight.yaml", exit: 1,
                 stderr: [
                    "$/yaml/inf-weight.yaml:15:53: error: weight must be a number greater than 0, not '.inf'",
                    "1 error",
                 ]),
        BadInput("yaml/invalid-utf8-middle.yaml", exit: 1,
                 stderr: [
                    "$/yaml/invalid-utf8-middle.yaml:7:23: error: the file is UTF-8 but holds a byte that is not (0xC3 at line 7, column 23): a damaged file, or text pasted in another encoding; correct the text there and save it as UTF-8",
                    "1 error",
                 ]),
        BadInput("yaml/latin1-not-1252.yaml", exit: 1,
                 stderr: [
                    "$/yaml/latin1-not-1252.yaml:4:22: error: the file is neither UTF-8 nor Windows-1252 (byte 0x81 at line 4, column 23); save it as UTF-8",
                    "1 error",
                 ]),
        BadInput("yaml/list-document.yaml", exit: 1,
                 stderr: [
                    "$/yaml/list-document.yaml:1:1: error: expected a mapping with 'actors' and 'ties' at the top level, found a list",
                    "1 error",
                 ]),
        BadInput("yaml/list-for-text.yaml", exit: 1,
                 stderr: [
                    "$/yaml/list-for-text.yaml:4:11: error: 'name' takes a single value, not a list",
                    "1 error",
                 ]),
        BadInput("yaml/multi-document.yaml", exit: 1,
                 stderr: [
                    "$/yaml/multi-document.yaml:16:1: error: the file holds a second YAML document (after '---'); a landscape is one document: put each in a file of its own (several files are merged)",
                    "1 error",
                 ]),
        BadInput("yaml/nan-weight.yaml", exit: 1,
                 stderr: [
                    "$/yaml/nan-weight.yaml:15:53: error: weight must be a number greater than 0, not '.nan'",
                    "1 error",
                 ]),
        BadInput("yaml/negative-weight.yaml", exit: 1,
                 stderr: [
                    "$/yaml/negative-weight.yaml:15:53: error: weight must be a number greater than 0, not '-2'",
                    "1 error",
                 ]),
        BadInput("yaml/no-actors.yaml", exit: 1,
                 stderr: [
                    "$/yaml/no-actors.yaml:1:1: error: the file has no 'actors' list",
                    "$/yaml/no-actors.yaml:3:12: error: 2 tie ends name actors not in the landscape (the first: 'a'); some actors could not be read, see the errors above",
                    "2 errors",
                 ]),
        BadInput("yaml/numbers-for-text.yaml", exit: 1,
                 stderr: [
                    "$/yaml/numbers-for-text.yaml:5:11: error: unknown actor kind '7' (expected one of: office, agency, politics, committee, foundation, association, institution, business, program, research, other, resource, event)",
                    "1 error",
                 ]),
        BadInput("yaml/scalar-document.yaml", exit: 1,
                 stderr: [
                    "$/yaml/scalar-document.yaml:1:1: error: expected a mapping with 'actors' and 'ties' at the top level, found the text 'Bildungslandschaft Musterstadt'",
                    "1 error",
                 ]),
        BadInput("yaml/self-tie.yaml", exit: 1,
                 stderr: [
                    "$/yaml/self-tie.yaml:16:5: error: tie from 'vhs' to itself",
                    "1 error",
                 ]),
        BadInput("yaml/tab-indent.yaml", exit: 1,
                 stderr: [
                    "$/yaml/tab-indent.yaml:7:1: error: YAML syntax error: found a tab character that violates indentation (while scanning a plain scalar at line 6, column 9)",
                    "1 error",
                 ]),
        BadInput("yaml/text-weight.yaml", exit: 1,
                 stderr: [
                    "$/yaml/text-weight.yaml:15:53: error: weight must be a number greater than 0, not 'viel'",
                    "1 error",
                 ]),
        BadInput("yaml/truncated.yaml", exit: 1,
                 stderr: [
                    "$/yaml/truncated.yaml:8:18: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at line 8, column 11)",
                    "1 error",
                 ]),
        BadInput("yaml/unknown-actor.yaml", exit: 1,
                 stderr: [
                    "$/yaml/unknown-actor.yaml:16:21: error: unknown actor 'jobcenter' (not the id or exact name of any actor)",
                    "1 error",
                 ]),
        BadInput("yaml/utf16-no-bom.yaml", exit: 1,
                 stderr: [
                    "$/yaml/utf16-no-bom.yaml:1:2: error: the file holds NUL bytes: it is a binary file or UTF-16 without byte-order mark; save it as UTF-8 text",
                    "1 error",
                 ]),
        BadInput("yaml/utf16le-bom.yaml", exit: 0,
                 stderr: [],
                 stdout: "ok: 3 actors, 3 ties ($/yaml/utf16le-bom.yaml)"),
        BadInput("yaml/utf8-bom.yaml", exit: 0,
                 stderr: [],
                 stdout: "ok: 3 actors, 3 ties ($/yaml/utf8-bom.yaml)"),
        BadInput("csv/bad-dates", exit: 1,
                 stderr: [
                    "$/csv/bad-dates/actors.csv:2: error: invalid date '30.02.2019' in 'since' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)",
                    "$/csv/bad-dates/actors.csv:3: error: invalid date '2019-00-10' in 'since' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)",
                    "2 errors",
                 ]),
        BadInput("csv/binary", exit: 1,
                 stderr: [
                    "$/csv/binary/actors.csv:2: error: the file is neither UTF-8 nor Windows-1252 (byte 0x81 at line 2, column 119); save it as UTF-8",
                    "$/csv/binary/ties.csv:2: error: 6 tie ends name actors not in the landscape (the first: 'amt'); some actors could not be read, see the errors above",
                    "2 errors",
                 ]),
        BadInput("csv/duplicate-ids", exit: 1,
                 stderr: [
                    "$/csv/duplicate-ids/actors.csv:5: error: duplicate actor id 'amt' (first defined at $/csv/duplicate-ids/actors.csv:2)",
                    "1 error",
                 ]),
        BadInput("csv/formula-cells", exit: 0,
                 stderr: [],
                 stdout: "ok: 3 actors, 3 ties ($/csv/formula-cells)"),
        BadInput("csv/header-only", exit: 0,
                 stderr: [
                    "$/csv/header-only/actors.csv: warning: the landscape has no actors",
                 ],
                 stdout: "ok: 0 actors, 0 ties ($/csv/header-only)"),
        BadInput("csv/invalid-utf8", exit: 1,
                 stderr: [
                    "$/csv/invalid-utf8/actors.csv:3: error: the file is UTF-8 but holds a byte that is not (0xC3 at line 3, column 44): a damaged file, or text pasted in another encoding; correct the text there and save it as UTF-8",
                    "$/csv/invalid-utf8/ties.csv:2: error: 6 tie ends name actors not in the landscape (the first: 'amt'); some actors could not be read, see the errors above",
                    "2 errors",
                 ]),
        BadInput("csv/mixed-delimiters", exit: 1,
                 stderr: [
                    "$/csv/mixed-delimiters/actors.csv:3: error: this line is separated by ',', the header line by ';'; use one delimiter in the whole file",
                    "$/csv/mixed-delimiters/actors.csv:4: warning: committee 'Lenkungsgruppe' has only one member (a committee needs at least two)",
                    "$/csv/mixed-delimiters/ties.csv:3: error: unknown actor 'vhs' (not the id or exact name of any actor)",
                    "$/csv/mixed-delimiters/ties.csv:4: error: unknown actor 'vhs' (not the id or exact name of any actor)",
                    "3 errors, 1 warning",
                 ]),
        BadInput("csv/nan-weights", exit: 1,
                 stderr: [
                    "$/csv/nan-weights/actors.csv:4: warning: committee 'Lenkungsgruppe' has no members (add 'member' ties to it)",
                    "$/csv/nan-weights/ties.csv:2: error: weight must be a number greater than 0, not 'NaN'",
                    "$/csv/nan-weights/ties.csv:3: error: weight must be a number greater than 0, not 'inf'",
                    "$/csv/nan-weights/ties.csv:4: error: weight must be a number greater than 0, not '1e999'",
                    "3 errors, 1 warning",
                 ]),
        BadInput("csv/no-id-column", exit: 1,
                 stderr: [
                    "$/csv/no-id-column/ties.csv:2: error: tie from 'Jugendamt' to itself",
                    "1 error",
                 ]),
        BadInput("csv/ragged-rows", exit: 1,
                 stderr: [
                    "$/csv/ragged-rows/actors.csv:5: warning: this line has more cells than the header; the cells 'hier', 'und', 'da' are ignored",
                    "$/csv/ragged-rows/actors.csv:5: error: unknown actor kind 'viele' (expected one of: office, agency, politics, committee, foundation, association, institution, business, program, research, other, resource, event)",
                    "1 error, 1 warning",
                 ]),
        BadInput("csv/self-loop", exit: 1,
                 stderr: [
                    "$/csv/self-loop/ties.csv:5: error: tie from 'amt' to itself",
                    "1 error",
                 ]),
        BadInput("csv/stray-quote", exit: 0,
                 stderr: [],
                 stdout: "ok: 3 actors, 3 ties ($/csv/stray-quote)"),
        BadInput("csv/truncated", exit: 1,
                 stderr: [
                    "$/csv/truncated/actors.csv:4: warning: committee 'Lenkungsgruppe' has no members (add 'member' ties to it)",
                    "$/csv/truncated/ties.csv:5: error: unclosed quote: the quoted cell that starts on this line never ends",
                    "1 error, 1 warning",
                 ]),
        BadInput("csv/utf16le-tabs", exit: 0,
                 stderr: [],
                 stdout: "ok: 3 actors, 3 ties ($/csv/utf16le-tabs)"),
        BadInput("csv/windows-1252", exit: 0,
                 stderr: [
                    "$/csv/windows-1252/actors.csv: warning: the file is not UTF-8; it was read as Windows-1252 (what Excel writes by default); save it as UTF-8 (in Excel: 'CSV UTF-8') to be sure umlauts are right",
                 ],
                 stdout: "ok: 3 actors, 3 ties ($/csv/windows-1252)"),
        BadInput("json/bad-escape.json", exit: 1,
                 stderr: [
                    "$/json/bad-escape.json:1:42: error: JSON syntax error: a \\u escape holds half of a surrogate pair",
                    "1 error",
                 ]),
        BadInput("json/deep-nesting.json", exit: 1,
                 stderr: [
                    "$/json/deep-nesting.json:1:523: error: JSON syntax error: lists and objects are nested more than 512 deep",
                    "1 error",
                 ]),
        BadInput("json/duplicate-keys.json", exit: 1,
                 stderr: [
                    "$/json/duplicate-keys.json:1:48: error: duplicate key 'name' in the same object (first at line 1)",
                    "1 error",
                 ]),
        BadInput("json/huge-number.json", exit: 1,
                 stderr: [
                    "$/json/huge-number.json:1:205: error: weight must be a number greater than 0, not '1e99999'",
                    "1 error",
                 ]),
        BadInput("json/nan-weight.json", exit: 1,
                 stderr: [
                    "$/json/nan-weight.json:1:205: error: JSON syntax error: unexpected character 'N' where a value is expected",
                    "1 error",
                 ]),
        BadInput("json/numbers-for-text.json", exit: 0,
                 stderr: [],
                 stdout: "ok: 2 actors, 1 tie ($/json/numbers-for-text.json)"),
        BadInput("json/trailing-garbage.json", exit: 1,
                 stderr: [
                    "$/json/trailing-garbage.json:2:1: error: JSON syntax error: unexpected text after the end of the JSON value",
                    "1 error",
                 ]),
        BadInput("json/truncated.json", exit: 1,
                 stderr: [
                    "$/json/truncated.json:1:71: error: JSON syntax error: the text ends where a value is expected",
                    "1 error",
                 ]),
        BadInput("graphml/bad-weight.graphml", exit: 1,
                 stderr: [
                    "$/graphml/bad-weight.graphml:8:5: error: actor 'amt' has no 'kind' (required)",
                    "$/graphml/bad-weight.graphml:9:5: error: actor 'vhs' has no 'kind' (required)",
                    "$/graphml/bad-weight.graphml:10:37: error: weight must be a number greater than 0, not 'NaN'",
                    "3 errors",
                 ]),
        BadInput("graphml/deep-nesting.graphml", exit: 1,
                 stderr: [
                    "$/graphml/deep-nesting.graphml:8:763: error: XML elements are nested more than 256 deep",
                    "1 error",
                 ]),
        BadInput("graphml/edge-to-missing-node.graphml", exit: 1,
                 stderr: [
                    "$/graphml/edge-to-missing-node.graphml:8:5: error: actor 'Jugendamt' has no 'kind' (required)",
                    "$/graphml/edge-to-missing-node.graphml:9:5: error: unknown actor 'jobcenter' (not the id or exact name of any actor)",
                    "2 errors",
                 ]),
        BadInput("graphml/external-entity.graphml", exit: 1,
                 stderr: [
                    "$/graphml/external-entity.graphml:2:20: error: the file declares XML entities (<!ENTITY …>); they are not expanded, for safety (they can make a small file huge or read other files); remove the DOCTYPE",
                    "1 error",
                 ]),
        BadInput("graphml/not-xml.graphml", exit: 1,
                 stderr: [
                    "$/graphml/not-xml.graphml:1:1: error: XML syntax error: the file holds no XML document",
                    "1 error",
                 ]),
        BadInput("graphml/truncated.graphml", exit: 1,
                 stderr: [
                    "$/graphml/truncated.graphml:9:33: error: XML syntax error: an attribute value must be in quotes",
                    "1 error",
                 ]),
        BadInput("graphml/undeclared-entity.graphml", exit: 1,
                 stderr: [
                    "$/graphml/undeclared-entity.graphml:8:48: error: XML syntax error: an undeclared entity is used (only &amp; &lt; &gt; &quot; &apos; exist)",
                    "1 error",
                 ]),
        BadInput("graphml/undeclared-key.graphml", exit: 1,
                 stderr: [
                    "$/graphml/undeclared-key.graphml:8:5: error: actor 'amt' has no 'kind' (required)",
                    "$/graphml/undeclared-key.graphml:8:20: error: <data key=\"colour\"> names no <key>",
                    "2 errors",
                 ]),
        BadInput("graphml/utf16.graphml", exit: 1,
                 stderr: [
                    "$/graphml/utf16.graphml:8:5: error: actor 'Jugendamt Gößnitz' has no 'kind' (required)",
                    "1 error",
                 ]),
        BadInput("gexf/bad-dates.gexf", exit: 1,
                 stderr: [
                    "$/gexf/bad-dates.gexf:8:7: error: actor 'Jugendamt' has no 'kind' (required)",
                    "$/gexf/bad-dates.gexf:8:7: error: invalid date '2019-02-30' in 'since' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)",
                    "$/gexf/bad-dates.gexf:9:7: error: actor 'Volkshochschule' has no 'kind' (required)",
                    "$/gexf/bad-dates.gexf:9:7: error: invalid date 'gestern' in 'until' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)",
                    "4 errors",
                 ]),
        BadInput("gexf/bad-weight.gexf", exit: 1,
                 stderr: [
                    "$/gexf/bad-weight.gexf:8:7: error: actor 'Jugendamt' has no 'kind' (required)",
                    "$/gexf/bad-weight.gexf:9:7: error: actor 'Volkshochschule' has no 'kind' (required)",
                    "$/gexf/bad-weight.gexf:12:7: error: weight must be a number greater than 0, not 'viel'",
                    "3 errors",
                 ]),
        BadInput("gexf/parameter-entity.gexf", exit: 1,
                 stderr: [
                    "$/gexf/parameter-entity.gexf:2:17: error: the file declares XML entities (<!ENTITY …>); they are not expanded, for safety (they can make a small file huge or read other files); remove the DOCTYPE",
                    "1 error",
                 ]),
        BadInput("gexf/self-loop.gexf", exit: 1,
                 stderr: [
                    "$/gexf/self-loop.gexf:8:7: error: actor 'Jugendamt' has no 'kind' (required)",
                    "$/gexf/self-loop.gexf:11:7: error: tie from 'amt' to itself",
                    "2 errors",
                 ]),
        BadInput("gexf/truncated.gexf", exit: 1,
                 stderr: [
                    "$/gexf/truncated.gexf:9:25: error: XML syntax error: an attribute value must be in quotes",
                    "1 error",
                 ]),
        BadInput("xlsx/entity-in-sheet.xlsx", exit: 1,
                 stderr: [
                    "$/xlsx/entity-in-sheet.xlsx: warning: the workbook has no sheet 'ties' (or Kumu's 'Connections'): the landscape has actors only",
                    "$/xlsx/entity-in-sheet.xlsx[xl/worksheets/sheet1.xml]:1:35: error: the file declares XML entities (<!ENTITY …>); they are not expanded, for safety (they can make a small file huge or read other files); remove the DOCTYPE",
                    "1 error, 1 warning",
                 ]),
        BadInput("xlsx/no-id-column.xlsx", exit: 0,
                 stderr: [
                    "$/xlsx/no-id-column.xlsx: warning: the workbook has no sheet 'ties' (or Kumu's 'Connections'): the landscape has actors only",
                 ],
                 stdout: "ok: 1 actor, 0 ties ($/xlsx/no-id-column.xlsx)"),
        BadInput("xlsx/text-file.xlsx", exit: 1,
                 stderr: [
                    "$/xlsx/text-file.xlsx: error: this is not an Excel workbook (.xlsx is a zip archive); save the file as an Excel workbook (.xlsx)",
                    "1 error",
                 ]),
        BadInput("xlsx/truncated.xlsx", exit: 1,
                 stderr: [
                    "$/xlsx/truncated.xlsx: error: this is not an Excel workbook (.xlsx is a zip archive); save the file as an Excel workbook (.xlsx)",
                    "1 error",
                 ]),
        BadInput("dot/binary.dot", exit: 1,
                 stderr: [
                    "$/dot/binary.dot: error: the file is not valid UTF-8; save it as UTF-8",
                    "1 error",
                 ]),
        BadInput("dot/deep-subgraphs.dot", exit: 1,
                 stderr: [
                    "$/dot/deep-subgraphs.dot:2:640: error: groups and subgraphs ('{ … }') are nested more than 64 deep",
                    "1 error",
                 ]),
        BadInput("dot/html-label.dot", exit: 0,
                 stderr: [],
                 stdout: "ok: 2 actors, 1 tie ($/dot/html-label.dot)"),
        BadInput("dot/truncated.dot", exit: 1,
                 stderr: [
                    "$/dot/truncated.dot:3: error: DOT syntax error: syntax error in line 3 scanning a quoted string (missing endquote? longer than 16384?) String starting:\"Volksh",
                    "1 error",
                 ]),
        BadInput("dot/two-graphs.dot", exit: 1,
                 stderr: [
                    "$/dot/two-graphs.dot:2:9: error: the file holds 2 graphs, but a landscape is one graph; put each in a file of its own (several files are merged)",
                    "1 error",
                 ]),
        BadInput("fuzz/dot-attribute-slots.dot", exit: 1,
                 stderr: [
                    "$/fuzz/dot-attribute-slots.dot: error: the file sets 1200 different attributes on 1001 nodes, edges and subgraphs: Graphviz would keep a value of every attribute for each of them (a landscape uses about 20); remove the attributes that are not needed",
                    "1 error",
                 ]),
        BadInput("fuzz/dot-deep-edge-groups.dot", exit: 1,
                 stderr: [
                    "$/fuzz/dot-deep-edge-groups.dot:2:386: error: groups and subgraphs ('{ … }') are nested more than 64 deep",
                    "1 error",
                 ]),
        BadInput("fuzz/dot-group-cross-product.dot", exit: 1,
                 stderr: [
                    "$/fuzz/dot-group-cross-product.dot: error: the edge statements make 40000 edges out of 1809 characters: a group such as '{a b} -> {c d}' makes an edge for every pair; write the edges out one by one",
                    "1 error",
                 ]),
        BadInput("fuzz/xlsx-row-number-overflow.xlsx", exit: 1,
                 stderr: [
                    "$/fuzz/xlsx-row-number-overflow.xlsx: warning: the workbook has no sheet 'ties' (or Kumu's 'Connections'): the landscape has actors only",
                    "$/fuzz/xlsx-row-number-overflow.xlsx[actors]: error: the sheet names a row 9223372036854775807, outside Excel's rows 1 to 1,048,576: the workbook is damaged; save it again with Excel",
                    "1 error, 1 warning",
                 ]),
        BadInput("fuzz/xlsx-unterminated-deflate.xlsx", exit: 1,
                 stderr: [
                    "$/fuzz/xlsx-unterminated-deflate.xlsx: error: cannot unpack 'xl/styles.xml' from the workbook: its compressed data ends before the part does",
                    "1 error",
                 ]),
        BadInput("fuzz/yaml-alias-key-in-flow-mapping.yaml", exit: 1,
                 stderr: [
                    "$/fuzz/yaml-alias-key-in-flow-mapping.yaml:10:5: error: an alias (*a8) is used as a mapping key; a landscape's keys are plain words (aliases and lists as keys are refused: hashing them can take hours)",
                    "1 error",
                 ]),
        BadInput("fuzz/yaml-alias-key-in-flow-pair.yaml", exit: 1,
                 stderr: [
                    "$/fuzz/yaml-alias-key-in-flow-pair.yaml:10:5: error: an alias (*a8) is used as a mapping key; a landscape's keys are plain words (aliases and lists as keys are refused: hashing them can take hours)",
                    "1 error",
                 ]),
        BadInput("fuzz/yaml-explicit-key-after-block-scalar.yaml", exit: 1,
                 stderr: [
                    "$/fuzz/yaml-explicit-key-after-block-scalar.yaml:12:3: error: an explicit key ('? …') is used as a mapping key; a landscape's keys are plain words (aliases and lists as keys are refused: hashing them can take hours)",
                    "1 error",
                 ]),
    ]

    @Test("landscape check on the corpus", arguments: cases)
    func check(_ input: BadInput) throws {
        let run = try CLI.run(["check", "\(Self.corpus)/\(input.path)"], timeout: 60)
        #expect(!run.timedOut, "\(input.path) ran for more than a minute")
        #expect(run.status == input.exit)
        let expected = input.stderr.map { $0.replacingOccurrences(of: "$/", with: "\(Self.corpus)/") }
        #expect(run.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) == expected)
        if let stdout = input.stdout {
            #expect(run.stdout == stdout.replacingOccurrences(of: "$/", with: "\(Self.corpus)/") + "\n")
        } else {
            #expect(run.stdout == "")
        }
    }

    @Test("The corpus has at least 40 files over every input format, and every one is tested")
    func coverage() throws {
        let root = CLI.repository.appendingPathComponent(Self.corpus)
        var files = 0
        var inputs: Set<String> = []
        for format in ["yaml", "csv", "json", "graphml", "gexf", "xlsx", "dot", "fuzz"] {
            let folder = root.appendingPathComponent(format)
            let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(!entries.isEmpty, "no \(format) files")
            for entry in entries {
                inputs.insert("\(format)/\(entry)")
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(entry).path, isDirectory: &isFolder)
                files += isFolder.boolValue ? (try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(entry).path).count) : 1
            }
        }
        #expect(files >= 40)
        #expect(inputs == Set(Self.cases.map(\.path)), "files without a test case, or cases without a file")
    }

    /// Every line on stderr is a diagnostic (`PATH[:LINE[:COLUMN]]: error|warning: …`) or the
    /// closing count.
    @Test("Every message has the PATH:LINE:COLUMN: severity: form", arguments: cases)
    func form(_ input: BadInput) {
        let pattern = /^\$\/[^:]+(\[[^\]]+\])?(:\d+(:\d+)?)?: (error|warning): .+$|^\d+ errors?(, \d+ warnings?)?$|^\d+ warnings?$/
        for line in input.stderr {
            #expect(line.wholeMatch(of: pattern) != nil, "\(line)")
        }
    }
}

/// Inputs too large to commit, written when the tests run.
@Suite("Bad input: large files")
struct LargeBadInputTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("A 10 MB title on one line: an error at its place, not a hang")
    func longLine() throws {
        let path = try write("line.yaml", "title: " + String(repeating: "x", count: 10_000_000) + "\nactors:\n  - {id: a, name: A, kind: Amt}\n")
        let run = try CLI.run(["check", path], timeout: 60)
        #expect(run.status == 1)
        #expect(run.stderr == "\(path):1:8: error: 'title' is 10000000 characters long; the limit is 20000 (raise it with --max-note-length); only the first 20000 are kept\n1 error\n")
        let raised = try CLI.run(["check", path, "--max-note-length", "10000000"], timeout: 60)
        #expect(raised.status == 0)
    }

    @Test("A 10 MB cell in a CSV file: the name is too long")
    func longCell() throws {
        _ = try write("cell/actors.csv", "id;Name;Art\na;" + String(repeating: "ä", count: 5_000_000) + ";Amt\n")
        _ = try write("cell/ties.csv", "Von;An\n")
        let path = folder.appendingPathComponent("cell").path
        let run = try CLI.run(["check", path], timeout: 60)
        #expect(run.status == 1)
        #expect(run.stderr == "\(path)/actors.csv:2: error: 'name' is 5000000 characters long; the limit is 500 (raise it with --max-label-length); only the first 500 are kept\n1 error\n")
    }

    @Test("10 MB without a line break (one comment): the file is empty")
    func noLineBreak() throws {
        let path = try write("comment.yaml", "#" + String(repeating: "x", count: 10_000_000))
        let run = try CLI.run(["check", path], timeout: 60)
        #expect(run.status == 1)
        #expect(run.stderr == "\(path):1:1: error: the file is empty (it holds no YAML document)\n1 error\n")
    }

    @Test("100,000 actors without ties: read, counted, no error")
    func manyActors() throws {
        var actors = "id;Name;Art\n"
        for index in 0..<100_000 { actors += "a\(index);Akteur \(index);Verein\n" }
        _ = try write("many/actors.csv", actors)
        _ = try write("many/ties.csv", "Von;An\n")
        let path = folder.appendingPathComponent("many").path
        let run = try CLI.run(["check", path], timeout: 120)
        #expect(run.status == 0)
        #expect(run.stdout == "ok: 100000 actors, 0 ties (\(path))\n")
        #expect(run.stderr == "")
    }
}

@Suite("Limits: enforced with clear errors, configurable, and a landscape at the limits works")
struct LimitTests {
    @Test("At the limits (37 actors, 54 ties, the file's size) Weimar is read; one below, it is refused")
    func actorsAndTies() throws {
        let size = try #require(try FileManager.default.attributesOfItem(atPath: CLI.repository.appendingPathComponent("graphs/weimar.yaml").path)[.size] as? Int)
        let at = try CLI.run("check", "graphs/weimar.yaml", "--max-actors", "37", "--max-ties", "54", "--max-file-size", "\(size)", "--lang", "en")
        #expect(at.status == 0)
        #expect(at.stdout == "ok: 35 actors, 50 ties; besides, 2 instruments with 4 ties (graphs/weimar.yaml)\n")
        let below = try CLI.run("check", "graphs/weimar.yaml", "--max-actors", "36", "--max-ties", "53")
        #expect(below.status == 1)
        #expect(below.stderr.contains("graphs/weimar.yaml:357:5: error: more than 36 actors in the input, the limit (raise it with --max-actors); the rest is not read\n"))
        #expect(below.stderr.contains("error: more than 53 ties in the input, the limit (raise it with --max-ties); the rest is not read\n"))
        let small = try CLI.run("check", "graphs/weimar.yaml", "--max-file-size", "\(size - 1)")
        #expect(small.status == 1)
        #expect(small.stderr.hasPrefix("graphs/weimar.yaml: error: the file is 25.1 KB, larger than the limit of 25.1 KB (raise it with --max-file-size)\n"))
    }

    @Test("Label length: the longest name of Weimar passes at its own length and fails one below")
    func labels() throws {
        let landscape = LandscapeLoader().load([CLI.repository.appendingPathComponent("graphs/weimar.yaml").path]).landscape
        let texts = landscape.actors.flatMap { [$0.id.rawValue, $0.name, $0.municipality ?? ""] + $0.topics + $0.targetGroups + $0.programs.map(\.rawValue) }
        let longest = try #require(texts.map(\.count).max())
        let at = try CLI.run("check", "graphs/weimar.yaml", "--max-label-length", "\(longest)")
        #expect(at.status == 0)
        let below = try CLI.run("check", "graphs/weimar.yaml", "--max-label-length", "\(longest - 1)")
        #expect(below.status == 1)
        #expect(below.stderr.contains("characters long; the limit is \(longest - 1) (raise it with --max-label-length)"))
    }

    @Test("A limit that is not a number or size is a usage error (exit 64)")
    func usage() throws {
        #expect(try CLI.run("check", "graphs/weimar.yaml", "--max-file-size", "viel").status == 64)
        #expect(try CLI.run("check", "graphs/weimar.yaml", "--max-actors", "0").status == 64)
        #expect(try CLI.run("stats", "graphs/weimar.yaml", "--max-ties", "-3").status == 64)
    }
}
