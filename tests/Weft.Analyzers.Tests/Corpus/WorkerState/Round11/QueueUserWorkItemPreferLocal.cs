// ThreadPool.QueueUserWorkItem<TState>(callback, state, preferLocal): the worker's own list is the state.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R11.QueueUserWorkItemPreferLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Journal
{
    public List<string> Lines { get; } = new();
}

public static class Shipper
{
    public static void Ship()
    {
        ThreadPool.QueueUserWorkItem(static lines => Send(lines), Journal.Current.Lines, preferLocal: false); // expect: WEFT0004
    }

    private static void Send(IReadOnlyList<string> lines)
    {
    }
}
