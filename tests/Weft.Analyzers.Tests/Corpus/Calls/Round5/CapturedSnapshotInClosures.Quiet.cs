// Quiet twin of CapturedSnapshotInClosures: the closures capture a copy of the snapshot's data, and the Func results
// are copies (ToList) before the caller writes them.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.CapturedSnapshotInClosuresQuiet;

[ThreadLocalSlot]
public sealed partial class Queue
{
    public ImmutableArray<int> Pending { get; init; } = ImmutableArray<int>.Empty;
}

public static class Worker
{
    static List<int> PendingOf() => Queue.Current.Pending.ToList();

    public static int Drain()
    {
        var pending = Queue.Current.Pending.ToList();
        Action clear = () => pending.Clear();
        clear();
        void Push(int v) => pending.Add(v);
        Push(1);
        Func<List<int>> get = () => Queue.Current.Pending.ToList();
        var got = get();
        got.Add(2);
        Func<List<int>> group = PendingOf;
        var grouped = group();
        grouped.RemoveAt(0);
        return pending.Count + got.Count + grouped.Count;
    }
}
