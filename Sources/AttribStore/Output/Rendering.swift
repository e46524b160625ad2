/// Rows of a result, ready to print as a table, JSON or CSV.
public struct ResultTable: Sendable {
    public var columns: [String]
    public var rows: [[DatabaseValue]]

    public init(columns: [String], rows: [[DatabaseValue]]) {
        self.columns = columns
        self.rows = rows
    }

    public init(_ rows: [Row], columns: [String]? = nil) {
        let names = columns ?? rows.first?.columns ?? []
        self.columns = names
        self.rows = rows.map { row in names.map { row[$0] } }
    }
}

public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, csv
}

public enum Renderer {
    public static func render(_ table: ResultTable, as format: OutputFormat, width: Int = 80) -> String {
        switch format {
        case .table: return renderTable(table, width: width)
        case .json: return renderJSON(table)
        case .csv: return renderCSV(table)
        }
    }

    /// An aligned table that fits `width` columns: wide text columns are shortened with "…",
    /// the widest first, until the row fits.
    public static func renderTable(_ table: ResultTable, width: Int = 80) -> String {
        guard !table.rows.isEmpty else { return "(no rows)\n" }
        let cells = table.rows.map { $0.map { oneLine($0.description) } }
        var widths = table.columns.indices.map { column in
            max(table.columns[column].count, cells.map { $0[column].count }.max() ?? 0)
        }
        let separator = 2
        // Numbers keep their width; text columns share what is left, the first text column
        // (the claim, the speaker) weighted three times the others.
        let isText = table.columns.indices.map { i in table.rows.contains { if case .text = $0[i] { return true } else { return false } } }
        let fixed = widths.indices.filter { !isText[$0] }.reduce(0) { $0 + widths[$1] } + separator * (widths.count - 1)
        let textColumns = widths.indices.filter { isText[$0] }
        let natural = textColumns.reduce(0) { $0 + widths[$1] }
        if fixed + natural > width, !textColumns.isEmpty {
            let available = max(textColumns.count * 6, width - fixed)
            let weights = textColumns.enumerated().map { $0.offset == 0 ? 3.0 : 1.0 }
            let total = weights.reduce(0, +)
            for (offset, column) in textColumns.enumerated() {
                let share = Int(Double(available) * weights[offset] / total)
                widths[column] = max(min(widths[column], share), min(widths[column], max(6, table.columns[column].count)))
            }
            // Hand back what a narrow column did not use to the first text column.
            let used = fixed + textColumns.reduce(0) { $0 + widths[$1] }
            if used < width, let first = textColumns.first {
                let natural0 = max(table.columns[first].count, cells.map { $0[first].count }.max() ?? 0)
                widths[first] = min(natural0, widths[first] + width - used)
            }
        }
        // Still too wide (many columns): shorten text columns, then headers, never below 4.
        while widths.reduce(0, +) + separator * (widths.count - 1) > width {
            let candidates = widths.indices.filter { widths[$0] > 4 }
            guard let column = candidates.filter({ isText[$0] }).max(by: { widths[$0] < widths[$1] })
                    ?? candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[column] -= 1
        }
        func line(_ values: [String]) -> String {
            values.indices.map { i in
                let value = fit(values[i], widths[i])
                let numeric = table.rows.allSatisfy { row in if case .text = row[i] { return false } else { return true } }
                let pad = String(repeating: " ", count: max(0, widths[i] - value.count))
                return i == values.count - 1 && !numeric ? value : (numeric ? pad + value : value + pad)
            }.joined(separator: "  ")
        }
        var out = line(table.columns) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row) + "\n" }
        return out
    }

    static func oneLine(_ text: String) -> String {
        text.contains("\n") ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
    }

    static func fit(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    public static func renderJSON(_ table: ResultTable) -> String {
        var out = "[\n"
        for (index, row) in table.rows.enumerated() {
            let fields = table.columns.indices.map { "\(JSON.string(table.columns[$0])): \(JSON.value(row[$0]))" }
            out += "  {" + fields.joined(separator: ", ") + "}" + (index == table.rows.count - 1 ? "\n" : ",\n")
        }
        return out + "]\n"
    }

    public static func renderCSV(_ table: ResultTable) -> String {
        var out = csvRow(table.columns)
        for row in table.rows { out += csvRow(row.map(\.description)) }
        return out
    }

    /// One CSV record (RFC 4180 quoting), ending in a newline.
    public static func csvRow(_ values: [String]) -> String {
        values.map { text in
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }.joined(separator: ",") + "\n"
    }
}

/// Minimal JSON writing with a stable key order (the export record is a contract).
public enum JSON {
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16) }
                else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    public static func value(_ value: DatabaseValue) -> String {
        switch value {
        case .null: return "null"
        case .integer(let v): return String(v)
        case .real(let v): return v.isFinite ? String(v) : "null"
        case .text(let v): return string(v)
        }
    }

    public static func optional(_ text: String?) -> String { text.map(string) ?? "null" }
    public static func optional(_ number: Int?) -> String { number.map(String.init) ?? "null" }

    /// An object from ordered key/raw-JSON pairs.
    public static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }
}

import Foundation
