// Quiet twin of LessCommonCollections: the same collections are filled before the publish; afterwards the scheduler
// only reads them (Peek, TryPeek, First, TryGetValue, Contains, IsSubsetOf, Max, Count).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.LessCommonCollectionsQuiet;

public sealed record WorkTables(
    Queue<string> Pending,
    PriorityQueue<string, int> Retries,
    LinkedList<string> Recent,
    SortedDictionary<string, int> ByName,
    HashSet<string> Seen,
    Stack<string> Undo,
    SortedSet<int> Ports);

public sealed class Scheduler
{
    private readonly Slot<WorkTables> _slot;

    public Scheduler(WorkerPool pool) => _slot = pool.AllocateSlot<WorkTables>();

    public async Task<int> StartAsync(IEnumerable<string> extra)
    {
        var pending = new Queue<string>();
        var retries = new PriorityQueue<string, int>();
        var recent = new LinkedList<string>();
        var byName = new SortedDictionary<string, int>();
        var seen = new HashSet<string>();
        var undo = new Stack<string>();
        var ports = new SortedSet<int>();
        pending.Enqueue("warmup");
        retries.Enqueue("probe", 1);
        recent.AddFirst("start");
        byName["warmup"] = 1;
        seen.UnionWith(extra);
        undo.Push("start");
        ports.Add(8080);
        await _slot.PublishAsync(new WorkTables(pending, retries, recent, byName, seen, undo, ports));

        int score = pending.Peek().Length;
        if (retries.TryPeek(out var probe, out int priority))
        {
            score += probe.Length + priority;
        }

        score += recent.First?.Value.Length ?? 0;
        score += byName.TryGetValue("warmup", out int warm) ? warm : 0;
        score += seen.Contains("x") || seen.IsSubsetOf(extra) ? 1 : 0;
        score += undo.Peek().Length + ports.Max + pending.Count;
        return score;
    }
}
