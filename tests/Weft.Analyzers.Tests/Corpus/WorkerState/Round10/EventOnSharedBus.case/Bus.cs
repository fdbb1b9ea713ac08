// A bus shared by every worker raises its event from the thread pool.
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

namespace Corpus.WorkerState.Round10.EventOnSharedBus;

public sealed class Bus
{
    public event Action<string>? Message;

    public void Raise(string text) => Task.Run(() => Message?.Invoke(text));
}
