// WEFT0006: a loop timer created by a per-worker type's member (Dispatcher.CreateTimer; its callback runs on that worker,
// and every worker has one) increments a static tick count with ++.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.LoopTimerIncrementsStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Heartbeat
{
    private static long s_beats;
    private DispatcherTimer? _timer;

    public void Start()
    {
        _timer = Dispatcher.Current!.CreateTimer(() =>
        {
            s_beats++; // expect: WEFT0006
            _timer!.Enable(TimeSpan.FromSeconds(1));
        });
        _timer.Enable(TimeSpan.FromSeconds(1));
    }
}
