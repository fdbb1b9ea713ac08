// Quiet twin of LockScopeEnds: the counter moves inside the scope.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R17.StaticWrites.LockScopeEnds;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Registry
{
    private static readonly Lock s_gate = new();
    private static readonly List<string> s_names = new();
    private static int s_changes;

    [WorkerUpdate]
    public void Register(string name)
    {
        using (s_gate.EnterScope())
        {
            s_names.Add(name);
            s_changes++;
        }
    }
}
