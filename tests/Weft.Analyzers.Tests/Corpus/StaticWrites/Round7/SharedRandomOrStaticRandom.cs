// WEFT0006: jitter drawn in worker code. From a static
// `new Random(17)`, not thread-safe (the page: a static Random's Next).
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

namespace Corpus7b.SharedRandomOrStaticRandom;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Backoff
{
    private static readonly Random s_random = new(17);
    public int Delay;

    [WorkerUpdate]
    void Jitter() => Delay = s_random.Next(100); // expect: WEFT0006
}
