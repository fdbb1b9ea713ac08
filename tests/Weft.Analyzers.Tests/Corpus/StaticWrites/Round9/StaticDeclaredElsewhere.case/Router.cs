using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.R9.StaticDeclaredElsewhere;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Router
{
    private readonly Dictionary<string, string> _overrides = new();

    [WorkerUpdate]
    private void Reroute(string host, string target)
    {
        _overrides[host] = target;
        Totals.Reroutes++; // expect: WEFT0006
    }
}
