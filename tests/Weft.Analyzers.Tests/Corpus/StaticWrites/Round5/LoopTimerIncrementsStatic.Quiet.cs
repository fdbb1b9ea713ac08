// Quiet twin of LoopTimerIncrementsStatic: each worker counts in its own instance field; nothing static is written.
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

namespace Corpus5b.LoopTimerIncrementsStaticQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Heartbeat
{
    private long _beats;
    private DispatcherTimer? _timer;

    public long Beats => _beats;

    public void Start()
    {
        _timer = Dispatcher.Current!.CreateTimer(() =>
        {
            _beats++;
            _timer!.Enable(TimeSpan.FromSeconds(1));
        });
        _timer.Enable(TimeSpan.FromSeconds(1));
    }
}
