// WEFT0007: a readonly record struct whose member is a HashSet<string>, passed to a [WorkerUpdate] broadcast: the struct
// is readonly but the set it carries is mutable and shared. Reading as in TupleStateHoldsList.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.RecordStructHoldsSet;

public readonly record struct Deny(string Reason, HashSet<string> Hosts);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Firewall
{
    private readonly Dictionary<string, string> _denied = new();

    [WorkerUpdate]
    private void Apply(Deny deny)
    {
        foreach (string host in deny.Hosts)
        {
            _denied[host] = deny.Reason;
        }
    }
}

public static class Admin
{
    public static Task Block(WorkerPool pool, IEnumerable<string> hosts) =>
        Firewall.ApplyOnAllWorkersAsync(pool, new Deny("abuse", hosts.ToHashSet())); // expect: WEFT0007
}
