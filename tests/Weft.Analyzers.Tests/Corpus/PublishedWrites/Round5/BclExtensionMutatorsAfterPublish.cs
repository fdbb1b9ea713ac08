// WEFT0002: after the publish, collection mutators that are not Add or an indexer: AddRange, RemoveAll, Sort with a
// comparison, Reverse, TryAdd, RemoveWhere, UnionWith, Enqueue, Push, and CollectionsMarshal.SetCount.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus5a.BclExtensionMutatorsAfterPublish;

public sealed class State
{
    public List<int> Ids { get; } = new();
    public Dictionary<string, int> Index { get; } = new();
    public HashSet<int> Seen { get; } = new();
    public Queue<int> Pending { get; } = new();
    public Stack<int> Undo { get; } = new();
}

public static class Publisher
{
    public static void Run(WorkerPool pool, int[] more)
    {
        var slot = pool.AllocateSlot<State>();
        var state = new State();
        slot.Publish(state);
        state.Ids.AddRange(more); // expect: WEFT0002
        state.Ids.RemoveAll(i => i == 0); // expect: WEFT0002
        state.Ids.Sort((a, b) => b - a); // expect: WEFT0002
        state.Ids.Reverse(); // expect: WEFT0002
        state.Index.TryAdd("a", 1); // expect: WEFT0002
        state.Seen.RemoveWhere(i => i > 10); // expect: WEFT0002
        state.Seen.UnionWith(more); // expect: WEFT0002
        state.Pending.Enqueue(1); // expect: WEFT0002
        state.Undo.Push(2); // expect: WEFT0002
        CollectionsMarshal.SetCount(state.Ids, 0); // expect: WEFT0002
    }
}
