// A partial class split across three files: the first keeps the worker's list in a field.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.WorkerState.Round10.PartialClassThreeFilesQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Inbox
{
    public List<string> Pending { get; } = new();
}

public sealed partial class Pump
{
    private List<string>? _pending;
    private Dispatcher? _home;

    public void Attach()
    {
        _pending = Inbox.Current.Pending;
        _home = Dispatcher.Current;
    }
}
