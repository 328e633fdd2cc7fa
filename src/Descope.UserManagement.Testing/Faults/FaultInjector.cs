namespace Descope.UserManagement.Testing;

/// <summary>The faults waiting for the emulator's next requests. Thread-safe.</summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<Entry> _entries = [];

    /// <summary>How many injected answers are still waiting (an endless fault counts once).</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Answers the next <paramref name="times"/> matching requests with <paramref name="fault"/>.</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="times">How many requests it applies to.</param>
    public void Inject(EmulatorFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            _entries.Add(new Entry(fault, times));
        }
    }

    /// <summary>Answers every matching request with <paramref name="fault"/> until <see cref="Clear"/>.</summary>
    /// <param name="fault">The fault.</param>
    public void InjectAlways(EmulatorFault fault) => Inject(fault, int.MaxValue);

    /// <summary>Removes every waiting fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    internal EmulatorFault? Take(string path)
    {
        lock (_gate)
        {
            var entry = _entries.Find(e => e.Fault.Matches(path));
            if (entry is null)
            {
                return null;
            }

            if (entry.Remaining != int.MaxValue && --entry.Remaining == 0)
            {
                _entries.Remove(entry);
            }

            return entry.Fault;
        }
    }

    private sealed class Entry(EmulatorFault fault, int remaining)
    {
        public EmulatorFault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;
    }
}
