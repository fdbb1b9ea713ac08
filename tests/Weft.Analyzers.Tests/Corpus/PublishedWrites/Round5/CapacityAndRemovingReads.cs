// WEFT0002: members that look like reads or tuning but change the collection: the `Capacity` setter, TrimExcess,
// EnsureCapacity, StringBuilder.Length = 0, and the removing reads Dequeue/TryDequeue/Pop/TryPop and
// Dictionary.Remove(key, out value), each after the publish.
using System.Collections.Generic;
using System.Text;
using Weft;

namespace Corpus5a.CapacityAndRemovingReads;

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
        slot.Publish(work);
        work.Ids.Capacity = 1024; // expect: WEFT0002
        work.Ids.TrimExcess(); // expect: WEFT0002
        work.Index.EnsureCapacity(64); // expect: WEFT0002
        work.Log.Length = 0; // expect: WEFT0002
        int next = work.Jobs.Dequeue(); // expect: WEFT0002
        work.Jobs.TryDequeue(out int later); // expect: WEFT0002
        int undo = work.Undo.Pop(); // expect: WEFT0002
        work.Undo.TryPop(out int again); // expect: WEFT0002
        work.Index.Remove("a", out int removed); // expect: WEFT0002
        return next + later + undo + again + removed;
    }
}
