using System.Text;

namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>Expected request bodies written readably in a test and compared as the exact text the SDK sends.</summary>
public static class WireJson
{
    /// <summary>
    /// <paramref name="json"/> without the white space between its tokens; the text inside strings, escapes included,
    /// and the order of keys are kept exactly as written.
    /// </summary>
    public static string Compact(string json)
    {
        var compact = new StringBuilder(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                compact.Append(c);
                if (c == '\\')
                {
                    compact.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
                compact.Append(c);
            }
            else if (!char.IsWhiteSpace(c))
            {
                compact.Append(c);
            }
        }

        return compact.ToString();
    }
}
