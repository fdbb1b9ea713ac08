// Quiet twin of RecordWithListMember: the record's member is an ImmutableArray<string>; the `with` copy is immutable.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.RecordWithListMemberQuiet;

public sealed record Pool(string Name, ImmutableArray<string> Members);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Upstreams
{
    private readonly Dictionary<string, int> _sizes = new();

    [WorkerUpdate]
    private void Replace(Pool pool) => _sizes[pool.Name] = pool.Members.Length;
}

public static class Admin
{
    public static Task Rename(WorkerPool workers, Pool current, string name)
    {
        Pool renamed = current with { Name = name };
        return Upstreams.ReplaceOnAllWorkersAsync(workers, renamed);
    }
}
