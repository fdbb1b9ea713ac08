// WEFT0006: jitter drawn in worker code. From `Random.Shared`, the BCL's thread-safe instance: quiet.
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

namespace Corpus7b.SharedRandomOrStaticRandomQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Backoff
{
    public int Delay;

    [WorkerUpdate]
    void Jitter() => Delay = Random.Shared.Next(100);
}
