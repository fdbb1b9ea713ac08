// Quiet twin of CapacityAndRemovingReads: the same tuning calls before the publish; after it only true reads (Capacity
// getter, Peek, TryPeek, TryGetValue, Length getter).
using System.Collections.Generic;
using System.Text;
using Weft;

namespace Corpus5a.CapacityAndRemovingReadsQuiet;

public sealed class Work
{
    public List<int> Ids { get; } = new();
    public Dictionary<string, int> Index { get; } = new();
    public Queue<int> Jobs { get; } = new();
    public Stack<int> Undo { get; } = new();
    public StringBuilder Log { get; } = new();
}

public static class Publisher
{
    public static int Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Work>();
        var work = new Work();
        work.Ids.Capacity = 1024;
        work.Index.EnsureCapacity(64);
        work.Jobs.Enqueue(1);
        work.Undo.Push(2);
        slot.Publish(work);
        int n = work.Ids.Capacity + work.Log.Length;
        n += work.Jobs.Peek();
        n += work.Undo.TryPeek(out int top) ? top : 0;
        n += work.Index.TryGetValue("a", out int a) ? a : 0;
        return n;
    }
}
