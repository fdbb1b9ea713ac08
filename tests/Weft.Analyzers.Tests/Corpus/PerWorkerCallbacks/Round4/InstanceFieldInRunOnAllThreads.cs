// WEFT0008: Slot<T>.RunOnAllThreads(update, complete): the update (every thread) adds to the caller's instance field;
// the completion (main, once) reads it and stays quiet.
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
            info => _addresses.Add(info.Address), // expect: WEFT0008
            () => done(_addresses));
    }
}
