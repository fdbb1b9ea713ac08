// WEFT0007: a sealed record whose member is a List<string> is copied with `with` and the copy broadcast; `with` copies
// the reference, so the list (mutable) is shared by the caller, the original record and every worker.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.RecordWithListMember;

public sealed record Pool(string Name, List<string> Members);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Upstreams
{
    private readonly Dictionary<string, int> _sizes = new();

    [WorkerUpdate]
    private void Replace(Pool pool) => _sizes[pool.Name] = pool.Members.Count;
}

public static class Admin
{
    public static Task Rename(WorkerPool workers, Pool current, string name)
    {
        Pool renamed = current with { Name = name };
        return Upstreams.ReplaceOnAllWorkersAsync(workers, renamed); // expect: WEFT0007
    }
}
