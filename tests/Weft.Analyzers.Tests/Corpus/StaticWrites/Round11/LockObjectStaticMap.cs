// Worker code ([WorkerUpdate]) writes a static dictionary; a System.Threading.Lock field exists but the write is
// outside its `EnterScope()` scope.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.R11.LockObjectStaticMap;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Registry
{
    private static readonly Lock s_gate = new();
    private static readonly Dictionary<string, int> s_owners = new();

    private int _registered;

    [WorkerUpdate]
    private void Claim(string key)
    {
        using (s_gate.EnterScope())
        {
            _registered++;
        }

        s_owners[key] = _registered; // expect: WEFT0006
    }
}
