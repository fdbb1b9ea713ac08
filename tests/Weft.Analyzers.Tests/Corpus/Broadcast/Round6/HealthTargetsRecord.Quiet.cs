// Quiet twin of HealthTargetsRecord: the record carries an ImmutableArray<string>.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.HealthTargetsRecord;

public sealed record HealthTargets(ImmutableArray<string> Hosts, TimeSpan Interval);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Prober
{
    private HealthTargets _targets = new(ImmutableArray<string>.Empty, TimeSpan.FromSeconds(5));
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
        var targets = new HealthTargets(hosts.Distinct().ToImmutableArray(), interval);
        return Prober.RetargetOnAllWorkersAsync(pool, targets);
    }
}
