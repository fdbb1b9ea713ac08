// Quiet twin of StaticEventCombine: each worker keeps its handler in its own instance field.
using System;
using Weft;

namespace Corpus.Round4.StaticEventCombine;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ListenerState
{
    Action<string>? _onReload;

    [WorkerUpdate]
    void Subscribe(string name)
    {
        _onReload += changed => Console.WriteLine(name + ": " + changed);
    }
}
