// A scheduler publishes its work tables (a record holding BCL collections other than List/Dictionary) and keeps
// feeding them: Queue, PriorityQueue, LinkedList, SortedDictionary, HashSet.UnionWith, Stack, SortedSet and a
// TryDequeue that removes. Each is a mutator of "a collection placed inside" the published object (WEFT0002); the
// page names List<T> as an example of the BCL table, and these are the same kind of in-place mutators.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.LessCommonCollections;

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

    public async Task StartAsync(IEnumerable<string> extra)
    {
        var pending = new Queue<string>();
        var retries = new PriorityQueue<string, int>();
        var recent = new LinkedList<string>();
        var byName = new SortedDictionary<string, int>();
        var seen = new HashSet<string>();
        var undo = new Stack<string>();
        var ports = new SortedSet<int>();
        await _slot.PublishAsync(new WorkTables(pending, retries, recent, byName, seen, undo, ports));

        pending.Enqueue("warmup"); // expect: WEFT0002
        retries.Enqueue("probe", 1); // expect: WEFT0002
        recent.AddFirst("start"); // expect: WEFT0002
        byName["warmup"] = 1; // expect: WEFT0002
        seen.UnionWith(extra); // expect: WEFT0002
        undo.Push("start"); // expect: WEFT0002
        ports.Add(8080); // expect: WEFT0002
        if (pending.TryDequeue(out var first)) // expect: WEFT0002
        {
            System.Console.WriteLine(first);
        }
    }
}
