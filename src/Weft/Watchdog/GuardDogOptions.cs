using System;

namespace Weft.Watchdog;

/// <summary>Guard-dog thresholds (Envoy's defaults: miss 200 ms, mega-miss 1 s, kill and multi-kill off).</summary>
public sealed class GuardDogOptions
{
    /// <summary>A dispatcher not touched for this long is a miss. Zero disables.</summary>
    public TimeSpan MissTimeout { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>A dispatcher not touched for this long is a mega-miss. Zero disables.</summary>
    public TimeSpan MegaMissTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One dispatcher stalled this long aborts the process (<see cref="Environment.FailFast(string)"/>). Zero (default) disables.</summary>
    public TimeSpan KillTimeout { get; set; }

    /// <summary>Several dispatchers stalled this long abort the process. Zero (default) disables.</summary>
    public TimeSpan MultiKillTimeout { get; set; }

    /// <summary>Fraction (0 to 1) of dispatchers that must be stalled past <see cref="MultiKillTimeout"/>: max(2, ceil(threshold × count)).</summary>
    public double MultiKillThreshold { get; set; }

    /// <summary>Replaces <see cref="Environment.FailFast(string)"/> (tests; a host that wants to dump state first).</summary>
    public Action<string>? KillAction { get; set; }

    internal void Validate()
    {
        RequireNotNegative(MissTimeout, nameof(MissTimeout));
        RequireNotNegative(MegaMissTimeout, nameof(MegaMissTimeout));
        RequireNotNegative(KillTimeout, nameof(KillTimeout));
        RequireNotNegative(MultiKillTimeout, nameof(MultiKillTimeout));
        if (double.IsNaN(MultiKillThreshold) || MultiKillThreshold < 0 || MultiKillThreshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MultiKillThreshold), MultiKillThreshold, "Must be a fraction between 0 and 1.");
        }
    }

    private static void RequireNotNegative(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "Cannot be negative (zero disables).");
        }
    }

    /// <summary>The check interval: the smallest enabled timeout (dispatchers touch at half of it).</summary>
    internal TimeSpan CheckInterval
    {
        get
        {
            TimeSpan smallest = TimeSpan.MaxValue;
            foreach (TimeSpan timeout in new[] { MissTimeout, MegaMissTimeout, KillTimeout, MultiKillTimeout })
            {
                if (timeout > TimeSpan.Zero && timeout < smallest)
                {
                    smallest = timeout;
                }
            }

            return smallest == TimeSpan.MaxValue ? TimeSpan.Zero : smallest;
        }
    }
}
