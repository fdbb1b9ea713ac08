// WEFT0006: a static log list written from a [WorkerUpdate]. The lock only
// covers reading the count; the Add comes after the lock block ends.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.AddInsideOrAfterLock;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Journal
{
    private static readonly object s_gate = new();
    private static readonly List<string> s_log = new();
    public int Seen;

    [WorkerUpdate]
    void Record(string line)
    {
        lock (s_gate)
        {
            Seen = s_log.Count;
        }
        s_log.Add(line); // expect: WEFT0006
    }
}
