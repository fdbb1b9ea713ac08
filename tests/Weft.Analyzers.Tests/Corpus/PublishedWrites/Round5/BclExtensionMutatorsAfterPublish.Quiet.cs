// Quiet twin of BclExtensionMutatorsAfterPublish: the same mutators before the publish; after it only reads (Contains,
// TryGetValue, Peek, Count).
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus5a.BclExtensionMutatorsAfterPublishQuiet;

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
    public static int Run(WorkerPool pool, int[] more)
    {
        var slot = pool.AllocateSlot<State>();
        var state = new State();
        state.Ids.AddRange(more);
        state.Ids.RemoveAll(i => i == 0);
        state.Ids.Sort((a, b) => b - a);
        state.Ids.Reverse();
        state.Index.TryAdd("a", 1);
        state.Seen.UnionWith(more);
        state.Seen.RemoveWhere(i => i > 10);
        state.Pending.Enqueue(1);
        state.Undo.Push(2);
        CollectionsMarshal.SetCount(state.Ids, state.Ids.Count);
        slot.Publish(state);
        int n = state.Ids.Contains(1) ? 1 : 0;
        n += state.Index.TryGetValue("a", out int a) ? a : 0;
        n += state.Pending.Count > 0 ? state.Pending.Peek() : 0;
        return n + state.Undo.Count + CollectionsMarshal.AsSpan(state.Ids).Length;
    }
}
