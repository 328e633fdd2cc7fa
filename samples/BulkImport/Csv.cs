using System.Text;

namespace BulkImport;

/// <summary>
/// A small RFC 4180 reader: fields separated by commas, records by CRLF or LF; a field in double quotes may hold
/// commas, line breaks and doubled quotes (<c>""</c>). Records are read one at a time, so a file of any size is never
/// all in memory. Entirely blank lines are skipped.
/// </summary>
internal sealed class CsvReader(TextReader reader)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private int _length;
    private int _position;

    /// <summary>The next record's fields, or <see langword="null"/> at the end of the input.</summary>
    public async ValueTask<List<string>?> ReadRecordAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var record = await ReadAnyRecordAsync(cancellationToken).ConfigureAwait(false);
            if (record is null || record.Count > 1 || record[0].Length > 0)
            {
                return record;
            }
        }
    }

    private async ValueTask<List<string>?> ReadAnyRecordAsync(CancellationToken cancellationToken)
    {
        if (!await FillAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;      // inside a quoted part of the field
        while (await FillAsync(cancellationToken).ConfigureAwait(false))
        {
            var c = _buffer[_position++];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (await PeekAsync(cancellationToken).ConfigureAwait(false) == '"')
                {
                    _position++;
                    field.Append('"');
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    if (await PeekAsync(cancellationToken).ConfigureAwait(false) == '\n')
                    {
                        _position++;
                    }

                    fields.Add(field.ToString());
                    return fields;
                case '\n':
                    fields.Add(field.ToString());
                    return fields;
                default:
                    field.Append(c);
                    break;
            }
        }

        // The input ended inside the record (no final line break, or an unclosed quote, which keeps the rest).
        fields.Add(field.ToString());
        return fields;
    }

    private async ValueTask<int> PeekAsync(CancellationToken cancellationToken) =>
        await FillAsync(cancellationToken).ConfigureAwait(false) ? _buffer[_position] : -1;

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_position < _length)
        {
            return true;
        }

        cancellationToken.ThrowIfCancellationRequested();
        _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
        _position = 0;
        return _length > 0;
    }
}

/// <summary>Writes RFC 4180 records: a field with a comma, a quote or a line break is quoted, quotes doubled; CRLF ends a record.</summary>
internal sealed class CsvWriter(TextWriter writer)
{
    public Task WriteRecordAsync(IEnumerable<string?> fields)
    {
        var line = new StringBuilder();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                line.Append(',');
            }

            first = false;
            line.Append(Quote(field ?? string.Empty));
        }

        return writer.WriteAsync(line.Append("\r\n").ToString());
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
