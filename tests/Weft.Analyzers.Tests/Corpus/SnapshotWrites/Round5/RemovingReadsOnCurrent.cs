// WEFT0003: reads that remove or re-size: a worker dequeues from, pops from, and `Remove(key, out value)`s the
// snapshot's collections, and sets a list's Capacity; each changes the shared instance.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.RemovingReadsOnCurrent;

[ThreadLocalSlot]
public sealed partial class Backlog
{
    public Queue<string> Pending { get; init; } = new(); // expect: WEFT0001
    public Stack<string> Recent { get; init; } = new(); // expect: WEFT0001
    public Dictionary<string, int> Claims { get; init; } = new(); // expect: WEFT0001
    public List<int> Ids { get; init; } = new(); // expect: WEFT0001
}

public static class Worker
{
    public static string Take()
    {
        var backlog = Backlog.Current;
        if (backlog.Pending.TryDequeue(out var job)) return job; // expect: WEFT0003
        var recent = backlog.Recent.Pop(); // expect: WEFT0003
        backlog.Claims.Remove(recent, out _); // expect: WEFT0003
        backlog.Ids.Capacity = 0; // expect: WEFT0003
        return recent;
    }
}
