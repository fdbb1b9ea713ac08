// Quiet twin: the state is an array copy made on the worker (a collection-expression spread).
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R11.QueueUserWorkItemPreferLocalQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Journal
{
    public List<string> Lines { get; } = new();
}

public static class Shipper
{
    public static void Ship()
    {
        string[] lines = [.. Journal.Current.Lines];
        ThreadPool.QueueUserWorkItem(static lines => Send(lines), lines, preferLocal: false);
    }

    private static void Send(IReadOnlyList<string> lines)
    {
    }
}
