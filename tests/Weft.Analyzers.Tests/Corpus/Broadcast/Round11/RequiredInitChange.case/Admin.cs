using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.RequiredInitChange;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Routing
{
    private string _zone = "";

    [WorkerUpdate]
    private void Apply(Change change) => _zone = change.Zone;
}

public static class Admin
{
    public static Task Push(WorkerPool pool, List<string> hosts) =>
        Routing.ApplyOnAllWorkersAsync(pool, new Change { Zone = "eu", Hosts = hosts }); // expect: WEFT0007
}
