// WEFT0004: inside the per-worker type, `Task.Delay(..).ContinueWith(_ => Trim())` calls an instance member from a
// continuation on the default scheduler: `this` (the worker's instance) goes to a pool thread.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.MemberContinuationCallsThis;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly List<string> _recent = new();

    public void Remember(string host)
    {
        _recent.Add(host);
        _ = Task.Delay(1000).ContinueWith(_ => Trim()); // expect: WEFT0004
    }

    private void Trim() => _recent.RemoveRange(0, Math.Min(10, _recent.Count));
}
