// Quiet twin of TryGetCurrentPatternBinding: the same TryGetCurrent + property pattern + conditional, over a
// per-worker slot (each worker queues into its own instance).
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.TryGetCurrentPatternBindingQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public Queue<string> Pending { get; init; } = new();
    public Stack<string> Recent { get; init; } = new();
}

public static class SessionIntake
{
    public static bool Admit(string request)
    {
        if (Sessions.TryGetCurrent(out var sessions) && sessions is { Pending: var pending } && pending.Count < 100)
        {
            pending.Enqueue(request);
        }

        Stack<string>? recent = Sessions.TryGetCurrent(out var current) ? current.Recent : null;
        recent?.Push(request);
        return recent is not null;
    }
}
