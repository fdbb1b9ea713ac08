// Health checker: the list of probe targets is pushed to every worker with a [WorkerUpdate] taking a record.
// Defect: the record looks immutable (positional, init-only) but carries a List<string>, so the one list
// reaches every worker (WEFT0007: the argument's type is mutable through its member).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.HealthTargetsRecord;

public sealed record HealthTargets(List<string> Hosts, TimeSpan Interval);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Prober
{
    private HealthTargets _targets = new(new List<string>(), TimeSpan.FromSeconds(5));
    private int _next;

    public string? NextTarget() => _targets.Hosts.Count() == 0 ? null : _targets.Hosts[_next++ % _targets.Hosts.Count()];

    [WorkerUpdate]
    private void Retarget(HealthTargets targets)
    {
        _targets = targets;
        _next = 0;
    }
}

public static class HealthAdmin
{
    public static Task RetargetAsync(WorkerPool pool, IEnumerable<string> hosts, TimeSpan interval)
    {
        var targets = new HealthTargets(hosts.Distinct().ToList(), interval);
        return Prober.RetargetOnAllWorkersAsync(pool, targets); // expect: WEFT0007
    }
}
