using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R9.RecordTypeElsewhere;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Listeners
{
    private readonly Dictionary<string, int[]> _ports = new();

    [WorkerUpdate]
    private void Apply(PortUpdate update) => _ports[update.Service] = update.Ports.ToArray();

    public static Task RolloutAsync(WorkerPool pool, string service, int port) =>
        ApplyOnAllWorkersAsync(pool, new PortUpdate(service, [port, port + 1]));
}
