// Quiet twin of InstanceFieldInRunOnAllThreads: the update adds under a lock (page: writes under lock stay quiet).
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Round4.InstanceFieldInRunOnAllThreads;

public sealed class ListenerInfo
{
    public string Address { get; set; } = "";
}

public sealed class ListenerInventory
{
    readonly List<string> _addresses = new();

    public void Refresh(Slot<ListenerInfo> listeners, Action<IReadOnlyList<string>> done)
    {
        _addresses.Clear();
        listeners.RunOnAllThreads(
            info => { lock (_addresses) _addresses.Add(info.Address); },
            () => done(_addresses));
    }
}
