// Quiet twin of AddDefaultRefThenCompound: the lookup and the `+=` run inside a System.Threading.Lock scope declared
// with `using var scope = gate.EnterScope();` (page: quiet).
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;
using Weft;

namespace Corpus.R17.StaticWrites.AddDefaultRefThenCompound;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class RouteStats
{
    private static readonly Dictionary<string, long> s_bytesByRoute = new();
    private static readonly Lock s_gate = new();

    [WorkerUpdate]
    public void Account(string route, long bytes)
    {
        using var scope = s_gate.EnterScope();
        ref long total = ref CollectionsMarshal.GetValueRefOrAddDefault(s_bytesByRoute, route, out bool existed);
        total += existed ? bytes : bytes + 1;
    }
}
