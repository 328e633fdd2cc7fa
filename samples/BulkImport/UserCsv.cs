using System.Runtime.CompilerServices;
using Descope.UserManagement;

namespace BulkImport;

/// <summary>
/// A CSV file of users: a header row naming the columns (any order, any case), then one user per row. Empty cells are
/// not sent. <c>roles</c> and <c>tenants</c> hold several names separated by semicolons. The file is read lazily, one
/// row at a time, and can be read again for the report.
/// </summary>
internal sealed class UserCsv
{
    /// <summary>The columns this sample reads; <c>loginId</c> is required, <c>reason</c> (written by this sample) is ignored.</summary>
    public static readonly string[] KnownColumns =
        ["loginId", "email", "phone", "name", "givenName", "middleName", "familyName", "roles", "tenants", ReasonColumn];

    public const string ReasonColumn = "reason";

    private static readonly string[] SecretColumns = ["password", "hashedPassword", "seed"];

    private readonly Dictionary<string, int> _columns;

    private UserCsv(string path, List<string> header, Dictionary<string, int> columns)
    {
        Path = path;
        Header = header;
        _columns = columns;
    }

    public string Path { get; }

    /// <summary>The header as the file has it.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The header of the failed and remaining files: the input's columns (without its own <c>reason</c>), then <c>reason</c>.</summary>
    public IReadOnlyList<string> ReportHeader =>
        [.. Header.Where(name => !name.Equals(ReasonColumn, StringComparison.OrdinalIgnoreCase)), ReasonColumn];

    /// <summary>Reads and checks the header; a problem is a <see cref="UsageException"/> naming it.</summary>
    public static async Task<UserCsv> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"The file '{path}' does not exist.");
        }

        using var reader = new StreamReader(path);
        var header = await new CsvReader(reader).ReadRecordAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new UsageException($"'{path}' is empty: it needs a header row such as loginId,email,name.");
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (SecretColumns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new UsageException($"Column '{name}': this sample does not import passwords, hashes or TOTP seeds (its failed-rows file could not be fed back without them). Remove the column.");
            }

            if (!KnownColumns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new UsageException($"Unknown column '{name}'. The columns are: {string.Join(", ", KnownColumns)}.");
            }

            if (!columns.TryAdd(name, i))
            {
                throw new UsageException($"Column '{name}' appears twice.");
            }
        }

        return columns.ContainsKey("loginId")
            ? new UserCsv(path, header, columns)
            : throw new UsageException($"'{path}' has no loginId column.");
    }

    /// <summary>Counts the data rows in a cheap pass (records are parsed, so quoted line breaks count right).</summary>
    public async Task<long> CountRowsAsync(CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var _ in ReadRowsAsync(cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    /// <summary>The data rows, by index from 0, with their fields as read.</summary>
    public async IAsyncEnumerable<(long Index, List<string> Fields)> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(Path);
        var csv = new CsvReader(reader);
        _ = await csv.ReadRecordAsync(cancellationToken).ConfigureAwait(false);
        long index = 0;
        while (await csv.ReadRecordAsync(cancellationToken).ConfigureAwait(false) is { } fields)
        {
            yield return (index++, fields);
        }
    }

    /// <summary>
    /// One new user per data row, read as the import consumes them. A row that cannot be read (its field count differs
    /// from the header's) still yields one input, with no login ID, which the SDK fails before sending anything, so every
    /// row keeps its index; the reader's reason goes into <paramref name="unreadable"/> under that index.
    /// </summary>
    public async IAsyncEnumerable<BatchUserCreate> ReadUsersAsync(
        IDictionary<long, string> unreadable, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (index, fields) in ReadRowsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (fields.Count != Header.Count)
            {
                // The report pads a short row to the header's width and keeps a long row's extra fields here.
                unreadable[index] = fields.Count < Header.Count
                    ? $"The row has {fields.Count} fields; the header has {Header.Count}."
                    : $"The row has {fields.Count} fields; the header has {Header.Count}. The extra fields: {string.Join(" | ", fields.Skip(Header.Count))}";
                yield return new BatchUserCreate(string.Empty);
                continue;
            }

            yield return ToUser(fields);
        }
    }

    /// <summary>A row's fields for the report: the input's columns (without <c>reason</c>), padded to the header's width.</summary>
    public IEnumerable<string> ReportFields(List<string> fields)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (!Header[i].Trim().Equals(ReasonColumn, StringComparison.OrdinalIgnoreCase))
            {
                yield return i < fields.Count ? fields[i] : string.Empty;
            }
        }
    }

    private BatchUserCreate ToUser(List<string> fields)
    {
        string? Cell(string column) =>
            _columns.TryGetValue(column, out var i) && fields[i].Trim() is { Length: > 0 } value ? value : null;

        string[]? List(string column) =>
            Cell(column)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        return new BatchUserCreate(Cell("loginId") ?? string.Empty)
        {
            Email = Cell("email"),
            Phone = Cell("phone"),
            Name = Cell("name"),
            GivenName = Cell("givenName"),
            MiddleName = Cell("middleName"),
            FamilyName = Cell("familyName"),
            RoleNames = List("roles"),
            UserTenants = List("tenants")?.Select(tenant => new TenantRoles(tenant)).ToArray(),
        };
    }
}

/// <summary>A problem with the command line or the input file: printed as it is, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
