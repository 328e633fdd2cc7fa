using System.Diagnostics;
using System.Globalization;
using Descope.UserManagement;

namespace BulkImport;

/// <summary>
/// Shows <see cref="BulkProgress"/> as one line that updates in place (a bar, done, failed, remaining, rate, time left);
/// when the output is redirected, as plain lines, at most one every two seconds. Reported synchronously after each request.
/// </summary>
internal sealed class ProgressDisplay(TextWriter output, bool interactive) : IProgress<BulkProgress>
{
    private const int BarWidth = 30;
    private readonly Stopwatch _sinceLine = new();
    private int _lastLength;

    public void Report(BulkProgress value)
    {
        var line = Describe(value);
        if (interactive)
        {
            var text = Bar(value) + " " + line;
            output.Write("\r" + text.PadRight(_lastLength));
            _lastLength = text.Length;
            return;
        }

        if (!_sinceLine.IsRunning || _sinceLine.Elapsed >= TimeSpan.FromSeconds(2) || value.Remaining == 0)
        {
            output.WriteLine("progress: " + line);
            _sinceLine.Restart();
        }
    }

    /// <summary>Ends the updating line, so what follows starts on a line of its own.</summary>
    public void Finish()
    {
        if (interactive && _lastLength > 0)
        {
            output.WriteLine();
        }
    }

    private static string Describe(BulkProgress p)
    {
        var remaining = p.Remaining is { } left ? $", {left} left" : string.Empty;
        var eta = p.EstimatedTimeLeft is { } time ? $", ETA {Clock(time)}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.Handled} done ({p.Succeeded} ok, {p.Failed} failed){remaining}, {p.PerSecond:0.0} rows/s, elapsed {Clock(p.Elapsed)}{eta}");
    }

    private static string Bar(BulkProgress p)
    {
        if (p.Remaining is not { } left || p.Handled + left == 0)
        {
            return string.Empty;
        }

        var filled = (int)(BarWidth * p.Handled / (p.Handled + left));
        return "[" + new string('#', filled) + new string('-', BarWidth - filled) + "]";
    }

    private static string Clock(TimeSpan time) =>
        time.ToString(time >= TimeSpan.FromHours(1) ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
}
